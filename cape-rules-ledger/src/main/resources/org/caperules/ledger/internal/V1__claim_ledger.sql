-- The claim ledger, version 1: runs unchanged on SQLite and PostgreSQL (docs/ledger.md).
-- Dates are ISO text (YYYY-MM-DD), money plain decimal text with two decimals: both sort and
-- read back exactly on either database. Every table is insert-only: nothing is overwritten.

-- Every file recorded, by content: reading the same file twice changes nothing.
CREATE TABLE ledger_file (
  kind VARCHAR(16) NOT NULL,
  file_hash VARCHAR(64) NOT NULL,
  file_name VARCHAR(1000) NOT NULL,
  recorded_on VARCHAR(10) NOT NULL,
  rows_read BIGINT NOT NULL,
  rows_used BIGINT NOT NULL,
  rows_rejected BIGINT NOT NULL,
  PRIMARY KEY (kind, file_hash)
);

-- Every declaration file an entry was written into, with what the screening expected of it.
CREATE TABLE declared_entry (
  entry_number VARCHAR(11) NOT NULL,
  file_name VARCHAR(1000) NOT NULL,
  written_on VARCHAR(10) NOT NULL,
  importer_number VARCHAR(20),
  as_of VARCHAR(10) NOT NULL,
  policy VARCHAR(100) NOT NULL,
  cape_last_day VARCHAR(10),
  protest_last_day VARCHAR(10),
  principal VARCHAR(30),
  interest VARCHAR(30),
  expected_liquidation VARCHAR(10),
  payment_from VARCHAR(10),
  payment_to VARCHAR(10),
  PRIMARY KEY (entry_number, file_name, written_on)
);

-- Every answer CAPE gave for an entry, once: the same answer in a later download is not new.
CREATE TABLE claim_result (
  entry_number VARCHAR(11) NOT NULL,
  claim_number VARCHAR(200) NOT NULL,
  status VARCHAR(200) NOT NULL,
  error_text VARCHAR(2000) NOT NULL,
  outcome VARCHAR(10) NOT NULL,
  file_hash VARCHAR(64) NOT NULL,
  file_name VARCHAR(1000) NOT NULL,
  line BIGINT NOT NULL,
  read_on VARCHAR(10) NOT NULL,
  seq BIGINT NOT NULL,
  PRIMARY KEY (entry_number, claim_number, status, error_text)
);
CREATE INDEX claim_result_seq ON claim_result (seq);

-- Every line of a refund report (REV-603, REV-613, REV-615).
CREATE TABLE payment_line (
  file_hash VARCHAR(64) NOT NULL,
  line BIGINT NOT NULL,
  report VARCHAR(10) NOT NULL,
  entry_number VARCHAR(11),
  payee VARCHAR(20),
  amount VARCHAR(30),
  interest VARCHAR(30),
  paid_on VARCHAR(10),
  reference VARCHAR(200),
  status_text VARCHAR(200),
  read_on VARCHAR(10) NOT NULL,
  PRIMARY KEY (file_hash, line)
);
