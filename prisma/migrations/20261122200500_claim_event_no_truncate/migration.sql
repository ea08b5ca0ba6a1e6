-- TRUNCATE skips row triggers, so the append-only rule needs a statement trigger of its own.
CREATE FUNCTION "claim_event_no_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ClaimEvent rows are append-only: TRUNCATE refused' USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "ClaimEvent_no_truncate"
  BEFORE TRUNCATE ON "ClaimEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "claim_event_no_truncate"();
