-- Where an article's language came from: the source's own metadata (an HTML lang attribute, a
-- language column) or the language detector run on its text (lib/analysis/language.ts). NULL for
-- articles imported before this was recorded: `npm run analyze` detects their language again.
ALTER TABLE "articles" ADD COLUMN "language_source" TEXT;
ALTER TABLE "articles" ADD CONSTRAINT "articles_language_source_check"
    CHECK ("language_source" IS NULL OR "language_source" IN ('metadata', 'detected'));

-- Every view, export and API can filter by language; the overview counts by language and group.
CREATE INDEX "articles_language_idx" ON "articles"("language");

-- Persian (and other Arabic-script) text folded to one spelling, the same step as
-- foldPersian(text, 'all') in lib/analysis/persian.ts (an integration test compares the two):
-- compatibility forms folded (NFKC: Arabic presentation forms become letters), Arabic yeh, alef
-- maksura and kaf written as the Persian letters, heh with yeh above and teh marbuta as heh, alef
-- with hamza or wasla as alef, Persian and Arabic-Indic digits as Western digits with the Arabic
-- decimal and thousands separators and percent sign; short vowels and other marks, tatweel and
-- direction marks removed. ZWNJ is left for stance_lens_tsvector.
CREATE FUNCTION stance_lens_fold(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN regexp_replace(
        translate(normalize(t, NFKC),
            U&'\064a\0649\0643\06c0\0629\0623\0625\0671\066b\066c\066a\06f0\0660\06f1\0661\06f2\0662\06f3\0663\06f4\0664\06f5\0665\06f6\0666\06f7\0667\06f8\0668\06f9\0669',
            U&'\06cc\06cc\06a9\0647\0647\0627\0627\0627.,%00112233445566778899'),
        U&'[\064b-\065f\0670\06d6-\06dc\06df-\06e8\06ea-\06ed\0640\200e\200f\202a-\202e\2066-\2069]', '', 'g');

-- The text the index reads: folded when it has anything folding changes (Arabic script, Arabic
-- presentation forms, ZWNJ, direction marks), as it is otherwise. The test is one scan of the text;
-- folding every English text (NFKC, translate, regexp) would double the index's cost for nothing.
-- lib/queries/search.ts folds a query under the same test (searchText).
CREATE FUNCTION stance_lens_search_text(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN CASE WHEN t ~ U&'[\0600-\06ff\fb50-\fdff\fe70-\fefe\200c\200e\200f\202a-\202e\2066-\2069]' THEN stance_lens_fold(t) ELSE t END;

-- The search vector of one text. There is no Persian stemmer in Postgres, so Persian (and every
-- language but English) is indexed with the 'simple' configuration over the folded text, and
-- queries add prefix matching (lib/queries/search.ts): اعدام finds اعدام‌ها and اعدامی. A word
-- written with ZWNJ (می‌گویند, قتل‌عام) is indexed twice: joined (میگویند, the spelling of
-- scraped text that lost its ZWNJ) and as its parts (می, گویند), so either spelling of the
-- query finds it. English keeps English stemming.
CREATE FUNCTION stance_lens_tsvector(lang text, t text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN to_tsvector(CASE WHEN lang = 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END,
                       replace(stance_lens_search_text(coalesce(t, '')), U&'\200c', ''))
        || CASE WHEN strpos(coalesce(t, ''), U&'\200c') > 0
                THEN to_tsvector(CASE WHEN lang = 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END,
                                 replace(stance_lens_fold(t), U&'\200c', ' '))
                ELSE ''::tsvector END;

-- The search column, rebuilt on the folded text (title weighted A, body B).
DROP INDEX "articles_search_idx";
ALTER TABLE "articles" DROP COLUMN "search";
ALTER TABLE "articles" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(stance_lens_tsvector("language", "title"), 'A') ||
    setweight(stance_lens_tsvector("language", "body"), 'B')
) STORED;
CREATE INDEX "articles_search_idx" ON "articles" USING GIN ("search");
