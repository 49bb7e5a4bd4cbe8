package com.mkven.multidb.tck.generation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.mkven.multidb.tck.generation.ExpectedRows.at;
import static com.mkven.multidb.tck.generation.ExpectedRows.columns;
import static com.mkven.multidb.tck.generation.ExpectedRows.dec;
import static com.mkven.multidb.tck.generation.ExpectedRows.ids;
import static com.mkven.multidb.tck.generation.ExpectedRows.idsOf;
import static java.util.Map.entry;

/**
 * What each SQL-generation scenario of scenarios.md §6 returns on the seed, worked out by hand from fixture.md §11
 * (the seed rows and the edge cases of §11.9), never copied from an engine's output. Keyed by scenario number; the
 * comment on a row says why those rows and not others.
 *
 * <p>Seed facts used throughout: order totals O1 1200.00 active, O2 250.00 shipped, O3 0.00 cancelled, O4 75.50 active,
 * O5 480.00 pending, O6 5.00 cancelled, O7 150.00 shipped, so per status SUM active 1275.50, shipped 400.00,
 * cancelled 5.00, pending 480.00 (2 + 2 + 2 + 1 orders), all 2160.50. Products of orders: O1 P1, O2 P2, O4 P3, O5 P5,
 * O7 P4, none for O3 and O6. Invoices: O1 has I1, I2 paid and I3 open; O2 has I4 paid and I5 open; I6, I7 no order.
 */
public final class SeedExpectations {
    private static final List<String> ORDER_AND_PRODUCT = List.of("orders.id", "products.id");

    private static final Map<String, ExpectedRows> BY_SCENARIO = Map.ofEntries(
            // §6.1 projection, DISTINCT, aggregation, GROUP BY
            entry("20", sumByStatus()),
            // categories of the ordered products; O3 and O6 have none and group under NULL
            entry("21", columns("category", "orderCount").row("electronics", 2L).row("furniture", 2L).row("office", 1L).row(null, 2L)),
            entry("23", columns("status").row("active").row("shipped").row("cancelled").row("pending")),
            entry("83", columns("totalSum").row(dec("2160.50"))),
            entry("84", sumByStatus()),
            // the category groups are there, only not selected: electronics 2, furniture 2, office 1, NULL 2
            entry("85", columns("orderCount").row(2L).row(2L).row(1L).row(2L)),
            entry("93", columns("totalOrders").row(7L)),
            // O4 2023-12-31T23:59:59Z is the earliest, O5 2025-01-10T15:45:00Z the latest
            entry("102", columns("earliest", "latest").row(at("2023-12-31T23:59:59Z"), at("2025-01-10T15:45:00Z"))),
            // joined prices P1 1200 + P2 800 + P3 250 + P5 150 + P4 5; O3 and O6 add NULL
            entry("126", columns("totalPrice").row(dec("2405.00"))),
            // 2160.50 / 7 = 308.642857…: each engine has its own precision, so compared at two decimals
            entry("129", columns("avgTotal").row(dec("308.64")).roundedTo("avgTotal", 2)),
            entry("163", sumByStatus()),
            entry("164", columns("totalDiscount").row((Object) null)),
            // I6 and I7 have no order
            entry("166", columns("orderCount").row(5L)),
            // no event has a NULL tags array (ClickHouse could not hold one)
            entry("201", columns("tagCount").row(5L)),
            entry("202", columns("name", "labels").row("Laptop Pro", List.of("sale", "new")).row("Phone X", List.of("sale"))
                    .row("Oak Desk", List.of()).row("Gel Pen", null).row("Mesh Chair", List.of("clearance"))),

            // §6.2 HAVING and ordering
            // cancelled (5.00) is the only group not above 100
            entry("22", columns("status", "totalSum").row("active", dec("1275.50")).row("shipped", dec("400.00")).row("pending", dec("480.00"))),
            // ascending category, NULL last on every engine; ties keep either order, so only the key is ordered
            entry("24", columns("category").row("electronics").row("electronics").row("furniture").row("furniture").row("office")
                    .row((Object) null).row((Object) null).inOrder()),
            // no status has more than 5 orders
            entry("72", columns("status", "totalSum", "orderCount")),
            // active by SUM 1275.50; pending by AVG 480; shipped's AVG is exactly 200, not above it
            entry("73", columns("status", "totalSum", "avgTotal").row("active", dec("1275.50"), dec("637.75")).row("pending", dec("480.00"), dec("480.00"))
                    .roundedTo("avgTotal", 2)),
            entry("77", columns("status", "totalSum").row("active", dec("1275.50")).row("pending", dec("480.00")).row("shipped", dec("400.00"))
                    .row("cancelled", dec("5.00")).inOrder()),
            // neither SUM > 100 nor COUNT > 5: only cancelled
            entry("144", columns("status", "totalSum", "orderCount").row("cancelled", dec("5.00"), 2L)),
            entry("155", columns("status", "totalSum").row("shipped", dec("400.00")).row("pending", dec("480.00"))),
            // cancelled's 5.00 lies inside 0..10
            entry("188", columns("status", "totalSum").row("active", dec("1275.50")).row("shipped", dec("400.00")).row("pending", dec("480.00"))),
            // discount is NULL in every row, so every group's SUM is NULL
            entry("197", columns("status", "discountSum").row("active", null).row("shipped", null).row("cancelled", null).row("pending", null)),

            // §6.3 joins and table qualifiers
            // the join filter lands in WHERE, so the LEFT JOIN keeps only electronics: P1, P2
            entry("69", idsOf(ORDER_AND_PRODUCT, pair("O1", "P1"), pair("O2", "P2"))),
            // LEFT JOIN keeps O3 and O6 with NULL product columns
            entry("91", idsOf(ORDER_AND_PRODUCT, pair("O1", "P1"), pair("O2", "P2"), pair("O3", null), pair("O4", "P3"), pair("O5", "P5"),
                    pair("O6", null), pair("O7", "P4"))),
            // events with an order: E1 → O1, E3 → O2, E5 → O4; the other orders keep NULL event columns
            entry("92", idsOf(List.of("orders.id", "events.id"), pair("O1", "E1"), pair("O2", "E3"), pair("O3", null), pair("O4", "E5"),
                    pair("O5", null), pair("O6", null), pair("O7", null))),
            entry("127", idsOf(List.of("orders.id", "products.id", "users.id"), triple("O1", "P1", "U1"), triple("O2", "P2", "U1"),
                    triple("O3", null, "U2"), triple("O4", "P3", "U3"), triple("O5", "P5", "U4"), triple("O6", null, "U2"),
                    triple("O7", "P4", "U5"))),
            entry("138", idsOf(ORDER_AND_PRODUCT, pair("O1", "P1"), pair("O2", "P2"))),
            // INNER JOIN drops O3 and O6
            entry("142", idsOf(ORDER_AND_PRODUCT, pair("O1", "P1"), pair("O2", "P2"), pair("O4", "P3"), pair("O5", "P5"), pair("O7", "P4"))),
            // electronics orders O1, O2 both belong to U1, an admin
            entry("147", idsOf(List.of("orders.id", "products.id", "users.id"), triple("O1", "P1", "U1"), triple("O2", "P2", "U1"))),
            entry("148", ids("O1", "O4")),
            entry("156", idsOf(ORDER_AND_PRODUCT, pair("O1", "P1"), pair("O2", "P2"))),

            // §6.4 comparison, set, null and range filters
            entry("45", ids("O3", "O6")),
            entry("66", ids("O1", "O2", "O4", "O7")),
            entry("67", ids("O1", "O2", "O4", "O5", "O7")),
            entry("68", ids("O1", "O2", "O4", "O5", "O7")),
            // OP-15: run with tenant T1
            entry("90", ids("O1", "O2", "O3", "O6")),
            entry("94", ids("O1", "O4")),
            entry("99", ids("O1", "O2", "O4", "O5", "O7")),
            // 250, 480 and 150; O4's 75.50 is below
            entry("101", ids("O2", "O5", "O7")),
            entry("110", ids("O2", "O5", "O7")),
            // O4 (2023-12-31T23:59:59Z) is before, O6 (2024-12-31T23:00Z) after 2024-12-31T00:00Z, O5 in 2025
            entry("128", ids("O1", "O2", "O3", "O7")),
            // bounds are inclusive: O3's 0.00 and O6's 5.00 are in 0..10
            entry("135", ids("O1", "O2", "O4", "O5", "O7")),
            // O3, O5 are false, O4, O6 NULL
            entry("189", ids("O1", "O2", "O7")),
            // O5's quantity 12 is outside
            entry("193", ids("O1", "O2", "O3", "O4", "O6", "O7")),
            // quantities 1 (O1, O3), 5 (O2), 10 (O4)
            entry("194", ids("O1", "O2", "O3", "O4")),

            // §6.5 pattern and fuzzy filters on users: U1 admin@example.com, U2 test%user@example.com, U3 test_user@test.com,
            // U4 ADMIN.ops@EXAMPLE.COM, U5 SPAM-promo@shop100%off, U6 spam@deal1000off
            entry("30", ids("U1", "U2", "U4")),
            entry("74", ids("O1", "O4")),
            entry("75", ids("O1", "O2", "O4", "O5", "O7")),
            entry("100", ids("U1", "U2", "U4", "U5", "U6")),
            // Smith 1, Smyth 2, Smit 2; Smithers 4, Jones 5, Schmidt 5 (case-sensitive)
            entry("108", ids("U1", "U2", "U5")),
            // case-sensitive: U4's EXAMPLE does not match
            entry("111", ids("U1", "U2")),
            entry("112", ids("U1", "U2", "U4")),
            entry("113", ids("U1")),
            entry("114", ids("U1", "U4")),
            // the % is literal: U3's test_user does not match
            entry("125", ids("U2")),
            entry("133", ids("U1", "U2")),
            entry("134", ids("U1", "U2", "U4")),
            // case-sensitive: only U6's lower-case spam is excluded
            entry("136", ids("U1", "U2", "U3", "U4", "U5")),
            entry("137", ids("U1", "U2", "U3", "U4")),
            // the % is literal: U6's 1000off would match an unescaped '%100%off'
            entry("149", ids("U5")),
            // the _ is literal: U2's test%user would match an unescaped '%test_user%'
            entry("196", ids("U3")),

            // §6.6 column versus column
            // discount is NULL everywhere: the comparison is never true
            entry("115", ids()),
            // O5 480 > P5 150, O7 150 > P4 5; O1 1200 = P1 1200 is not greater
            entry("124", idsOf(ORDER_AND_PRODUCT, pair("O5", "P5"), pair("O7", "P4"))),

            // §6.7 filter groups
            entry("28", ids("O1", "O2", "O4", "O5", "O7")),
            // only O3 is cancelled with total 0; O6 is cancelled with 5.00
            entry("29", ids("O1", "O2", "O4", "O5", "O6", "O7")),
            // O2 (250, quantity 5), O5 (480, quantity 12), O7 (150, paid) pass the inner AND; O1, O4 are active
            entry("70", ids("O1", "O2", "O4", "O5", "O7")),
            // active: O1 (1200, has invoices) passes; O4 (quantity 10) has no invoice
            entry("71", ids("O1")),

            // §6.8 EXISTS and counted subqueries
            entry("25", ids("O1", "O2")),
            // U6 is the only user without orders
            entry("26", ids("U6")),
            entry("27", ids("O1", "O2", "O4")),
            // O1 has 3 invoices, O2 has 2
            entry("157", ids("O1")),
            entry("160", ids("O1")),
            // O1 has 2 paid invoices, O2 only 1
            entry("161", ids("O1")),
            entry("162", ids("O1", "O2")),
            // every invoice's tenant exists
            entry("227", ids("O1", "O2")),

            // §6.9 array operators
            entry("181", ids("E1", "E5")),
            entry("182", ids("P1")),
            entry("183", ids("P1", "P2", "P5")),
            entry("184", ids("E2", "E4")),
            // P3's labels are empty, P4's NULL
            entry("185", ids("P1", "P2", "P5")),
            // the seed has no NULL tags
            entry("186", ids()),
            entry("200", ids("E1", "E2", "E3", "E4", "E5")),
            entry("203", ids("O1", "O2")),
            entry("204", ids("O1")),
            entry("205", ids("P1", "P2")),
            entry("206", idsOf(ORDER_AND_PRODUCT, pair("O1", "P1"), pair("O2", "P2"))),
            entry("207", ids("P1", "P2")));

    private SeedExpectations() {}

    public static Optional<ExpectedRows> of(String scenarioNumber) {
        return Optional.ofNullable(BY_SCENARIO.get(scenarioNumber));
    }

    static Set<String> numbers() {
        return BY_SCENARIO.keySet();
    }

    private static ExpectedRows sumByStatus() {
        return columns("status", "totalSum").row("active", dec("1275.50")).row("shipped", dec("400.00")).row("cancelled", dec("5.00"))
                .row("pending", dec("480.00"));
    }

    private static String[] pair(String left, String right) {
        return new String[] {left, right};
    }

    private static String[] triple(String first, String second, String third) {
        return new String[] {first, second, third};
    }
}
