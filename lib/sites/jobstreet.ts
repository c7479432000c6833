/**
 * JobStreet, JobsDB and SEEK: one platform (SITES.md §5c, confidence B). Everything worth reading carries
 * a data-automation hook; classes are hashed (gg45di0, _1wkzzau0) and ignored.
 */
import { defineSite } from './kit/define';
import { findCards, findDetail } from './kit/jobs';

export default defineSite({
  id: 'jobstreet',
  category: 'jobs',
  find(ctx) {
    return [
      ...findCards(ctx, { card: 'card', title: 'cardTitle', company: 'cardCompany', location: 'cardLocation', keyAttr: 'data-job-id' }),
      ...findDetail(ctx, {
        description: 'detailDescription',
        container: 'detail',
        title: 'detailTitle',
        company: 'detailCompany',
        location: 'detailLocation',
        extra: ['detailSalary', 'detailWorkType'],
        apply: 'apply',
      }),
    ];
  },
});
