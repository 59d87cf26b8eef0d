-- Browser sessions shared by the nodes (Spring Session JDBC, spring.session.jdbc.initialize-schema=never): the tables
-- of spring-session-jdbc's schema-mysql.sql, in the spelling H2 and MariaDB/MySQL both take (LONGBLOB for the attributes: MySQL's BLOB stops at
-- 64 KB, less than a flash message echoing a long refused value or a register file waiting for its confirmation;
-- InnoDB and the dynamic row format are MariaDB's defaults). Names in capitals: the repository's queries use them so
-- and MySQL's table names are case-sensitive on Linux.

CREATE TABLE SPRING_SESSION (
  PRIMARY_ID             CHAR(36)      NOT NULL,
  SESSION_ID             CHAR(36)      NOT NULL,
  CREATION_TIME          BIGINT        NOT NULL,
  LAST_ACCESS_TIME       BIGINT        NOT NULL,
  MAX_INACTIVE_INTERVAL  INT           NOT NULL,
  EXPIRY_TIME            BIGINT        NOT NULL,
  PRINCIPAL_NAME         VARCHAR(100),
  CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
  SESSION_PRIMARY_ID     CHAR(36)      NOT NULL,
  ATTRIBUTE_NAME         VARCHAR(200)  NOT NULL,
  ATTRIBUTE_BYTES        LONGBLOB      NOT NULL,
  CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
  CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION (PRIMARY_ID)
    ON DELETE CASCADE
);
