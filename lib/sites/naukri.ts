/**
 * Naukri (SITES.md §5d): detail header and description are CSS-module classes (styles_jd-header-title__rZwM1),
 * matched by prefix; search cards (confidence D) use plain classes. The detail view has no stable
 * container, so the item's element is the smallest region holding both the title and the description.
 */
import { defineSite } from './kit/define';
import { findCards, findDetail } from './kit/jobs';

export default defineSite({
  id: 'naukri',
  category: 'jobs',
  find(ctx) {
    return [
      ...findCards(ctx, { card: 'card', title: 'cardTitle', company: 'cardCompany', location: 'cardLocation', keyAttr: 'data-job-id' }),
      ...findDetail(ctx, {
        description: 'detailDescription',
        title: 'detailTitle',
        company: 'detailCompany',
        location: 'detailLocation',
        extra: ['detailSalary'],
      }),
    ];
  },
});
