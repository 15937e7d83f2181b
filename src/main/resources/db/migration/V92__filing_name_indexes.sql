-- Lookups by name at national size (issue 11): a complaint's app is matched to its filing by exact name,
-- and staff search filings by part of the app's or provider's name (trigrams answer 3+ characters).
create index filing_app_name_idx on filing (app_name);
create index filing_app_name_trgm_idx on filing using gin (app_name gin_trgm_ops);
create index filing_provider_name_trgm_idx on filing using gin (provider_name gin_trgm_ops);
