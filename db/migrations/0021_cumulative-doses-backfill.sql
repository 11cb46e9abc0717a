-- Every patient's cumulative dose per agent so far, doses entered-in-error left out (db/cumulative-doses.ts keeps it from here on).
INSERT INTO cumulative_doses (id, patient_id, agent, total, updated_at)
SELECT lower(hex(randomblob(16))), patient_id, agent, sum(dose * administrations), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM doses WHERE status = 'final' GROUP BY patient_id, agent;
