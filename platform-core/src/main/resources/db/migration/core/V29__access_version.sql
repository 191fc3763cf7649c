-- A counter moved on by every change to who may do what (users' roles, areas and activity, roles'
-- permissions, module switches), in the transaction making the change. Each instance keeps what a
-- signed-in member of staff may do while the counter stands still, and works it out again once it moves.
CREATE TABLE core_access_version (
    id INTEGER NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO core_access_version (id, version) VALUES (1, 0);
