-- PostgreSQL only: mark a contract in trk_dashboard_dirty (V37) in the transaction of any change to
-- what its kept dashboard figures are computed from: the contract, its KPIs, their target history
-- and their kept totals. Frameworks, measures and proxy sets are immutable once loaded, so they need
-- no mark. A trigger, not the application, marks, so that no write path can forget to.
--
-- The mark is an upsert whose conflict action locks the existing row without writing it (an
-- ON CONFLICT DO UPDATE locks the conflicting row even when its WHERE is false): the writer holds
-- the mark's lock until it commits, and a contract written a thousand times between two reads makes
-- one row version, not a thousand. KeptDashboardFigures deletes only marks it could lock (FOR UPDATE SKIP LOCKED)
-- after reading the contract, so a mark is never deleted while a change it stands for is still
-- invisible; a contract being written is recomputed from what is committed and stays marked.
-- Each statement marks its contracts in id order, and bulk returns apply their totals in contract
-- order, so two writers mark shared contracts in one order.

CREATE FUNCTION trk_dashboard_mark(contracts VARCHAR[], buyers VARCHAR[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO trk_dashboard_dirty (contract_id, buyer_organisation_id)
    SELECT m.contract_id, m.buyer_organisation_id
      FROM unnest(contracts, buyers) AS m (contract_id, buyer_organisation_id)
     WHERE m.contract_id IS NOT NULL AND m.buyer_organisation_id IS NOT NULL
     ORDER BY m.contract_id
    ON CONFLICT (contract_id) DO UPDATE SET buyer_organisation_id = EXCLUDED.buyer_organisation_id WHERE FALSE;
END $$;

CREATE FUNCTION trk_dashboard_mark_contracts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM trk_dashboard_mark(ARRAY(SELECT c.id FROM changed c GROUP BY c.id ORDER BY c.id),
        ARRAY(SELECT max(c.owner_organisation_id) FROM changed c GROUP BY c.id ORDER BY c.id));
    RETURN NULL;
END $$;

-- For KPIs, keyed to a contract by contract_id.
CREATE FUNCTION trk_dashboard_mark_by_contract() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM trk_dashboard_mark(ARRAY(SELECT k.id FROM trk_contract k
                                      WHERE k.id IN (SELECT c.contract_id FROM changed c) ORDER BY k.id),
        ARRAY(SELECT k.owner_organisation_id FROM trk_contract k
               WHERE k.id IN (SELECT c.contract_id FROM changed c) ORDER BY k.id));
    RETURN NULL;
END $$;

CREATE FUNCTION trk_dashboard_mark_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO trk_dashboard_dirty (contract_id, buyer_organisation_id)
        VALUES (OLD.contract_id, OLD.buyer_organisation_id)
        ON CONFLICT (contract_id) DO UPDATE SET buyer_organisation_id = EXCLUDED.buyer_organisation_id WHERE FALSE;
    ELSE
        INSERT INTO trk_dashboard_dirty (contract_id, buyer_organisation_id)
        VALUES (NEW.contract_id, NEW.buyer_organisation_id)
        ON CONFLICT (contract_id) DO UPDATE SET buyer_organisation_id = EXCLUDED.buyer_organisation_id WHERE FALSE;
    END IF;
    RETURN NULL;
END $$;

-- For the target history, keyed to a KPI.
CREATE FUNCTION trk_dashboard_mark_by_commitment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM trk_dashboard_mark(ARRAY(SELECT k.id FROM trk_contract k
                                      WHERE k.id IN (SELECT m.contract_id FROM trk_commitment m
                                                      WHERE m.id IN (SELECT c.commitment_id FROM changed c))
                                      ORDER BY k.id),
        ARRAY(SELECT k.owner_organisation_id FROM trk_contract k
               WHERE k.id IN (SELECT m.contract_id FROM trk_commitment m
                               WHERE m.id IN (SELECT c.commitment_id FROM changed c))
               ORDER BY k.id));
    RETURN NULL;
END $$;

CREATE TRIGGER trk_dashboard_contract_insert AFTER INSERT ON trk_contract
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION trk_dashboard_mark_contracts();
CREATE TRIGGER trk_dashboard_contract_update AFTER UPDATE ON trk_contract
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION trk_dashboard_mark_contracts();

CREATE TRIGGER trk_dashboard_commitment_insert AFTER INSERT ON trk_commitment
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION trk_dashboard_mark_by_contract();
CREATE TRIGGER trk_dashboard_commitment_update AFTER UPDATE ON trk_commitment
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION trk_dashboard_mark_by_contract();
CREATE TRIGGER trk_dashboard_commitment_delete AFTER DELETE ON trk_commitment
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION trk_dashboard_mark_by_contract();

-- The kept totals change with every return write, a row per KPI a bulk request touches, each its own
-- statement in the driver's batch: a row trigger with the row's own contract and buyer is the
-- cheapest mark there.
CREATE TRIGGER trk_dashboard_totals_change AFTER INSERT OR UPDATE OR DELETE ON trk_commitment_totals
    FOR EACH ROW EXECUTE FUNCTION trk_dashboard_mark_totals();

CREATE TRIGGER trk_dashboard_target_insert AFTER INSERT ON trk_commitment_target
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION trk_dashboard_mark_by_commitment();
CREATE TRIGGER trk_dashboard_target_update AFTER UPDATE ON trk_commitment_target
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION trk_dashboard_mark_by_commitment();
CREATE TRIGGER trk_dashboard_target_delete AFTER DELETE ON trk_commitment_target
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION trk_dashboard_mark_by_commitment();

-- The marks churn like a queue: a load marks thousands of contracts and the next read removes them.
-- Vacuumed after a few hundred removals, not after a fifth of the table, so that the check for
-- marks on every dashboard read does not step over the dead ones.
ALTER TABLE trk_dashboard_dirty SET (autovacuum_vacuum_threshold = 200, autovacuum_vacuum_scale_factor = 0,
    autovacuum_analyze_threshold = 200, autovacuum_analyze_scale_factor = 0);
