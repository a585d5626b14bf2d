-- The summary triggers' queries read the changed rows from arrays (unnest(changed), unnest(arts),
-- …). PL/pgSQL plans a query with the array's real length for its first five runs in a session,
-- then may switch to a generic plan, in which unnest() of a parameter is guessed at 10 rows. For
-- stance_lens_attributions_apply that generic plan joins the changed attributions to their
-- (article, entity) pairs in a nested loop: 7,000 × 5,000 comparisons for a file of 1,000
-- articles, 1.8–3.0 s instead of 0.15 s (auto_explain, 10k synthetic import, files 6, 9 and 10
-- of a run on a pool of four connections). The importer's statements carry hundreds to
-- thousands of rows, so these functions always plan with the statement's own arrays; planning
-- costs a few milliseconds per statement. Results are unchanged.
ALTER FUNCTION stance_lens_summary_apply SET plan_cache_mode = force_custom_plan;
ALTER FUNCTION stance_lens_summary_articles SET plan_cache_mode = force_custom_plan;
ALTER FUNCTION stance_lens_attributions_apply SET plan_cache_mode = force_custom_plan;
ALTER FUNCTION stance_lens_links_apply SET plan_cache_mode = force_custom_plan;
ALTER FUNCTION stance_lens_terms_apply SET plan_cache_mode = force_custom_plan;
ALTER FUNCTION stance_lens_articles_inserted SET plan_cache_mode = force_custom_plan;
ALTER FUNCTION stance_lens_articles_updated SET plan_cache_mode = force_custom_plan;
ALTER FUNCTION stance_lens_articles_deleted SET plan_cache_mode = force_custom_plan;
ALTER FUNCTION stance_lens_links_changed SET plan_cache_mode = force_custom_plan;
ALTER FUNCTION stance_lens_terms_changed SET plan_cache_mode = force_custom_plan;
ALTER FUNCTION stance_lens_attributions_changed SET plan_cache_mode = force_custom_plan;
ALTER FUNCTION stance_lens_versions_changed SET plan_cache_mode = force_custom_plan;
