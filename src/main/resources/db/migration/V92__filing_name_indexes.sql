-- Lookups by name at national size (issue 11): a complaint's app is matched to its filing by exact name.
-- Staff searches by part of a name stay sequential scans (about 0.1 s over 100,000 filings): trigram
-- indexes would not answer the common two-character Chinese queries and cost the CSV import about a
-- fifth of its time.
create index filing_app_name_idx on filing (app_name);
