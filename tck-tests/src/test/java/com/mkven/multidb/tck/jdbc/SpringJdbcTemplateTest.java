package com.mkven.multidb.tck.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mkven.multidb.jdbc.MultiDbDataSource;
import com.mkven.multidb.tck.seed.PostgresSeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spring's {@code JdbcTemplate} over {@link MultiDbDataSource}: queries, mapping and exception translation. */
class SpringJdbcTemplateTest {
    private static final String BY_STATUS = "{\"from\":\"orders\",\"columns\":[\"id\",\"total\",\"status\"],"
            + "\"filters\":[{\"column\":\"status\",\"operator\":\"=\",\"value\":?}],\"orderBy\":[{\"column\":\"id\",\"direction\":\"asc\"}]}";

    record Order(UUID id, BigDecimal total, String status) {}

    private static final RowMapper<Order> ORDER = (rows, index) ->
            new Order(rows.getObject("id", UUID.class), rows.getBigDecimal("total"), rows.getString("status"));

    @TempDir
    static Path folder;

    private static MultiDbDataSource dataSource;
    /** JdbcTemplate takes a connection per call; one held open keeps the shared engine up between calls. */
    private static Connection keeper;

    @BeforeAll
    static void dataSource() throws SQLException {
        JdbcFixture.seed();
        ObjectNode document = JdbcFixture.document();
        ((ObjectNode) document.get("executors").get("pg-main")).put("timeoutMs", 200);
        dataSource = new MultiDbDataSource(JdbcFixture.url(JdbcFixture.write(folder, document), ""));
        dataSource.setRoles("admin");
        keeper = dataSource.getConnection();
    }

    @AfterAll
    static void closeKeeper() throws SQLException {
        keeper.close();
    }

    /** Spring's message names only the statement; the driver's exception it wraps has the details. */
    private static void assertCause(Throwable translated, String sqlState, String messagePart) {
        SQLException cause = ((BadSqlGrammarException) translated).getSQLException();
        assertThat(cause.getSQLState()).isEqualTo(sqlState);
        assertThat(cause.getMessage()).contains(messagePart);
    }

    private static JdbcTemplate template(String roles) {
        MultiDbDataSource scoped = new MultiDbDataSource(dataSource.getUrl());
        scoped.setRoles(roles);
        return new JdbcTemplate(scoped);
    }

    @Test
    void queryMapsRowsWithARowMapperAndBindsArguments() {
        List<Order> shipped = new JdbcTemplate(dataSource).query(BY_STATUS, ORDER, "shipped");

        assertThat(shipped).containsExactly(
                new Order(UUID.fromString("40000000-0000-4000-8000-000000000002"), new BigDecimal("250.00"), "shipped"),
                new Order(UUID.fromString("40000000-0000-4000-8000-000000000007"), new BigDecimal("150.00"), "shipped"));
    }

    @Test
    void queryForObjectReadsACount() {
        Long count = new JdbcTemplate(dataSource).queryForObject("{\"from\":\"orders\",\"executeMode\":\"count\","
                + "\"filters\":[{\"column\":\"status\",\"operator\":\"=\",\"value\":?}]}", Long.class, "cancelled");

        assertThat(count).isEqualTo(2L);
    }

    @Test
    void sqlWithJdbcTemplate() {
        Long active = new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) AS n FROM orders WHERE status = ?", Long.class, "active");
        List<String> statuses = new JdbcTemplate(dataSource).queryForList("SELECT DISTINCT status FROM orders ORDER BY status", String.class);

        assertThat(active).isEqualTo(2L);
        assertThat(statuses).containsExactly("active", "cancelled", "pending", "shipped");
    }

    @Test
    void queryForObjectWithAnEmptyResult() {
        JdbcTemplate template = new JdbcTemplate(dataSource);

        assertThatThrownBy(() -> template.queryForObject(BY_STATUS, ORDER, "lost")).isInstanceOf(EmptyResultDataAccessException.class);
    }

    @Test
    void queryForListGivesMapsKeyedByLabel() {
        List<Map<String, Object>> rows = new JdbcTemplate(dataSource).queryForList(BY_STATUS, "pending");

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("status", "pending").containsEntry("total", new BigDecimal("480.00"));
        assertThat(rows.get(0).get("id")).isEqualTo(UUID.fromString("40000000-0000-4000-8000-000000000005"));
    }

    @Test
    void nullArgumentsGoThroughSetNull() {
        List<Order> none = new JdbcTemplate(dataSource).query("{\"from\":\"orders\",\"columns\":[\"id\",\"total\",\"status\"],"
                + "\"filters\":[{\"column\":\"discount\",\"operator\":\"isNull\"}],\"limit\":?}", ORDER, (Object) null);

        assertThat(none).hasSize(7);
    }

    @Test
    void maskedValuesForTenantUsers() {
        List<Order> orders = template("tenant-user").query(BY_STATUS, ORDER, "active");

        assertThat(orders).extracting(Order::total).allSatisfy(total -> assertThat(total).isEqualByComparingTo("0"));
    }

    @Test
    void accessDeniedBecomesBadSqlGrammar() {
        JdbcTemplate tenantUser = template("tenant-user");

        assertThatThrownBy(() -> tenantUser.queryForList("{\"from\":\"orders\",\"columns\":[\"internalNote\"]}"))
                .isInstanceOf(BadSqlGrammarException.class)
                .satisfies(e -> assertCause(e, "42501", "ACCESS_DENIED"));
    }

    @Test
    void validationErrorsBecomeBadSqlGrammar() {
        JdbcTemplate template = new JdbcTemplate(dataSource);

        assertThatThrownBy(() -> template.queryForList("{\"from\":\"orders\",\"columns\":[\"nope\"]}"))
                .isInstanceOf(BadSqlGrammarException.class)
                .satisfies(e -> assertCause(e, "42000", "UNKNOWN_COLUMN"));
        assertThatThrownBy(() -> template.queryForList("{\"from\":\"orders\",\"limit\":\"ten\"}"))
                .isInstanceOf(BadSqlGrammarException.class)
                .satisfies(e -> assertCause(e, "42000", "INVALID_JSON: Invalid JSON at $.limit"));
    }

    @Test
    void timeoutsBecomeQueryTimeoutException() throws SQLException {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        try (Connection locker = PostgresSeed.connect("pg_main")) {
            locker.setAutoCommit(false);
            try (Statement lock = locker.createStatement()) {
                lock.execute("LOCK TABLE public.orders IN ACCESS EXCLUSIVE MODE");

                assertThatThrownBy(() -> template.queryForList("{\"from\":\"orders\"}"))
                        .isInstanceOf(QueryTimeoutException.class)
                        .hasMessageContaining("QUERY_TIMEOUT: Query timed out after 200 ms on pg-main");
            } finally {
                locker.rollback();
            }
        }
    }

    @Test
    void writesAreRefused() {
        JdbcTemplate template = new JdbcTemplate(dataSource);

        assertThatThrownBy(() -> template.update("{\"from\":\"orders\"}"))
                .hasMessageContaining("executeUpdate is refused: MultiDB connections are read-only");
    }
}
