-- Issue 18: the city reviewer may correct the category (or the scope) decided from a filing's declaration.
-- The corrected category is kept in filing.category; this flag says it is the reviewer's, so later
-- pre-checks, re-checks and resubmissions classify the filing by it instead of by the declaration.
alter table filing add column category_corrected boolean not null default false;
