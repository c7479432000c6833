/**
 * Glassdoor (SITES.md §5b, confidence B): list cards li[data-test="jobListing"] and the detail view.
 * Detail classes are CSS-module names whose suffix changes each deploy (JobDetails_jobDescription__uW_fK),
 * so selectors.json matches the stable prefix including the "__" separator, never the hash.
 */
import { defineSite } from './kit/define';
import { findCards, findDetail } from './kit/jobs';

export default defineSite({
  id: 'glassdoor',
  category: 'jobs',
  find(ctx) {
    return [
      ...findCards(ctx, { card: 'card', title: 'cardTitle', company: 'cardCompany', location: 'cardLocation', keyAttr: 'data-jobid' }),
      ...findDetail(ctx, {
        description: 'detailDescription',
        container: 'detailContainer',
        title: 'detailTitle',
        company: 'detailCompany',
        location: 'detailLocation',
      }),
    ];
  },
});
