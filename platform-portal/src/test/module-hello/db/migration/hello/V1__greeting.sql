CREATE TABLE hello_greeting (
    id       INTEGER      NOT NULL PRIMARY KEY,
    greeting VARCHAR(100) NOT NULL
);
INSERT INTO hello_greeting (id, greeting) VALUES (1, 'Hello from the hello module');
