/**
 * Indeed (SITES.md §5a, confidence B): result cards (.job_seen_beacon, job id in data-jk) and the detail
 * view (.jobsearch-JobComponent, in the search pane or on /viewjob). Country sites share the markup.
 * The detail title ends in a screen-reader-only " - job post" span (hashed class), stripped as data.
 */
import { defineSite } from './kit/define';
import { findCards, findDetail } from './kit/jobs';

export default defineSite({
  id: 'indeed',
  category: 'jobs',
  find(ctx) {
    return [
      ...findCards(ctx, { card: 'card', title: 'cardTitle', company: 'cardCompany', location: 'cardLocation', keyAttr: 'data-jk' }),
      ...findDetail(ctx, {
        description: 'detailDescription',
        container: 'detail',
        title: 'detailTitle',
        titleSuffix: 'detailTitleSuffix',
        company: 'detailCompany',
        location: 'detailLocation',
      }),
    ];
  },
});
