-- Trigram matching lets a search find words inside product names.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
