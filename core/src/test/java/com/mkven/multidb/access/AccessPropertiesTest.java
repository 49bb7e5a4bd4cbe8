package com.mkven.multidb.access;

import com.mkven.multidb.fixture.TestFixture;
import com.mkven.multidb.metadata.ColumnGrant;
import com.mkven.multidb.metadata.ColumnMeta;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.metadata.MaskingFn;
import com.mkven.multidb.metadata.MetadataConfig;
import com.mkven.multidb.metadata.MetadataIndex;
import com.mkven.multidb.metadata.RoleMeta;
import com.mkven.multidb.metadata.TableGrant;
import com.mkven.multidb.metadata.TableMeta;
import com.mkven.multidb.metadata.TableRoleAccess;
import com.mkven.multidb.query.ContextRoles;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random role sets against a reference that reads metadata.md §8.1 column by column, and random
 * values against the rule that masking always changes a value unless it already looks masked.
 */
class AccessPropertiesTest {
    private static final MetadataConfig METADATA = TestFixture.metadata();
    /** The fixture roles, V-svcRole (so a service scope can mask) and an id no role has. */
    private static final List<RoleMeta> ROLES = withSvcRole(TestFixture.roles());
    private static final MetadataIndex INDEX = new MetadataIndex(METADATA, ROLES);
    private static final Map<String, RoleMeta> ROLES_BY_ID =
            ROLES.stream().collect(Collectors.toMap(RoleMeta::id, Function.identity()));
    private static final List<String> ROLE_IDS = roleIds();

    private static final Pattern MASKED_EMAIL = Pattern.compile("(?s).\\*\\*\\*@\\*\\*\\*\\.[^.@]+");
    private static final Pattern MASKED_UUID = Pattern.compile("(?s).{4}\\*\\*\\*\\*");
    private static final Pattern MASKED_NAME = Pattern.compile("(?s).\\*+.");

    @Property(tries = 200)
    void accessEqualsTheReferenceAlgebra(@ForAll("scopes") Optional<List<String>> user,
                                         @ForAll("scopes") Optional<List<String>> service) {
        EffectiveAccess access = EffectiveAccess.resolve(new ContextRoles(user, service), INDEX);
        List<List<String>> scopes = new ArrayList<>();
        user.ifPresent(scopes::add);
        service.ifPresent(scopes::add);

        for (TableMeta table : METADATA.tables()) {
            Optional<TableAccess> expected = Reference.access(table, scopes);
            assertThat(access.table(table.id())).as("%s for user %s, service %s", table.id(), user, service)
                    .isEqualTo(expected);
            assertThat(access.canRead(table.id())).isEqualTo(expected.isPresent());
            access.table(table.id()).ifPresent(granted ->
                    assertThat(granted.allowedColumns()).containsAll(granted.maskedColumns()));
        }
    }

    @Property(tries = 200)
    void textMasksChangeEveryStringThatDoesNotLookMasked(@ForAll("texts") String raw) {
        assertChangedUnlessMasked(raw, MaskingFn.EMAIL, ColumnType.STRING, MASKED_EMAIL.matcher(raw).matches());
        assertChangedUnlessMasked(raw, MaskingFn.PHONE, ColumnType.STRING, false);
        assertChangedUnlessMasked(raw, MaskingFn.NAME, ColumnType.STRING, MASKED_NAME.matcher(raw).matches());
        assertChangedUnlessMasked(raw, MaskingFn.UUID, ColumnType.STRING, MASKED_UUID.matcher(raw).matches());
        assertChangedUnlessMasked(raw, MaskingFn.FULL, ColumnType.STRING, false);
    }

    @Property(tries = 200)
    void numberMaskChangesEveryNonZeroNumber(@ForAll("decimals") BigDecimal decimal, @ForAll int integer, @ForAll long wide) {
        assertChangedUnlessMasked(decimal, MaskingFn.NUMBER, ColumnType.DECIMAL, decimal.signum() == 0);
        assertChangedUnlessMasked(integer, MaskingFn.NUMBER, ColumnType.INT, integer == 0);
        assertChangedUnlessMasked(wide, MaskingFn.NUMBER, ColumnType.INT, wide == 0);
        assertChangedUnlessMasked(decimal, MaskingFn.FULL, ColumnType.DECIMAL, false);
    }

    @Property(tries = 200)
    void dateMaskChangesEveryDateButTheFirstOfJanuary(@ForAll("dates") LocalDate date, @ForAll("instants") Instant instant) {
        assertChangedUnlessMasked(date, MaskingFn.DATE, ColumnType.DATE, date.getDayOfYear() == 1);
        boolean yearStart = instant.equals(instant.atOffset(ZoneOffset.UTC).toLocalDate().withDayOfYear(1)
                .atStartOfDay(ZoneOffset.UTC).toInstant());
        assertChangedUnlessMasked(instant, MaskingFn.DATE, ColumnType.TIMESTAMP, yearStart);
        assertChangedUnlessMasked(instant, MaskingFn.FULL, ColumnType.TIMESTAMP, false);
    }

    private static void assertChangedUnlessMasked(Object raw, MaskingFn fn, ColumnType type, boolean looksMasked) {
        Object masked = Masking.mask(raw, fn, type);
        // maskedType is promised for the column's own value types (a Long in an int column is tolerated)
        if (ValueTypes.holds(type, raw)) {
            assertThat(ValueTypes.holds(Masking.maskedType(fn, type), masked)).as("type of %s of %s", fn, raw).isTrue();
        }
        if (!looksMasked && !"***".equals(raw)) {
            assertThat(masked).as("%s of %s", fn, raw).isNotEqualTo(raw);
        }
    }

    @Provide
    Arbitrary<Optional<List<String>>> scopes() {
        return Arbitraries.of(ROLE_IDS).list().ofMaxSize(4).optional(0.75);
    }

    @Provide
    Arbitrary<String> texts() {
        // pieces rather than single chars so '@', '.', '+', digits, stars and surrogate pairs
        // (emoji) turn up often enough to reach every branch of the text masks
        Arbitrary<String> pieces = Arbitraries.of("a", "Z", "ë", "😀", "@", ".", "+", "*", "***", " ", "1", "9", "-", "com")
                .list().ofMaxSize(16).map(list -> String.join("", list));
        return Arbitraries.oneOf(pieces, Arbitraries.strings().ofMaxLength(24));
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("1000000")).ofScale(2);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Instant> anyInstant = Arbitraries.longs()
                .between(Instant.parse("1900-01-01T00:00:00Z").getEpochSecond(), Instant.parse("2100-12-31T23:59:59Z").getEpochSecond())
                .map(Instant::ofEpochSecond);
        return Arbitraries.oneOf(anyInstant, dates().map(date -> date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    private static List<RoleMeta> withSvcRole(List<RoleMeta> fixture) {
        List<RoleMeta> roles = new ArrayList<>(fixture);
        roles.add(new RoleMeta("svc-role", TableGrant.of(List.of(
                new TableRoleAccess("orders", ColumnGrant.all(), List.of("total"))))));
        return List.copyOf(roles);
    }

    private static List<String> roleIds() {
        List<String> ids = new ArrayList<>();
        for (RoleMeta role : ROLES) {
            ids.add(role.id());
        }
        ids.add("ghost");
        return List.copyOf(ids);
    }

    /**
     * metadata.md §8.1 read literally, one column at a time: within a scope "any role", across
     * scopes "every scope" for access and "any scope" for masking. A context without any scope
     * is denied everything (decisions.md §1).
     */
    private static final class Reference {
        private Reference() {}

        static Optional<TableAccess> access(TableMeta table, List<List<String>> scopes) {
            if (scopes.isEmpty() || !scopes.stream().allMatch(scope -> scopeGrantsTable(scope, table))) {
                return Optional.empty();
            }
            Set<String> allowed = new LinkedHashSet<>();
            Set<String> masked = new LinkedHashSet<>();
            for (ColumnMeta column : table.columns()) {
                String name = column.apiName();
                boolean everyScopeAllows = scopes.stream().allMatch(scope -> scopeAllows(scope, table, name));
                boolean anyScopeMasks = scopes.stream().anyMatch(scope -> scopeMasks(scope, table, name));
                if (everyScopeAllows) {
                    allowed.add(name);
                    if (anyScopeMasks) {
                        masked.add(name);
                    }
                }
            }
            return Optional.of(new TableAccess(table.id(), allowed, masked));
        }

        private static boolean scopeGrantsTable(List<String> scope, TableMeta table) {
            return roles(scope).stream().anyMatch(role -> role.tables() == TableGrant.all() || !grants(role, table).isEmpty());
        }

        private static boolean scopeAllows(List<String> scope, TableMeta table, String column) {
            return roles(scope).stream().anyMatch(role -> roleAllows(role, table, column));
        }

        /** Masked in a scope: some role grants the column, and none grants it unmasked. */
        private static boolean scopeMasks(List<String> scope, TableMeta table, String column) {
            return scopeAllows(scope, table, column)
                    && roles(scope).stream().noneMatch(role -> roleAllowsUnmasked(role, table, column));
        }

        private static boolean roleAllows(RoleMeta role, TableMeta table, String column) {
            return role.tables() == TableGrant.all()
                    || grants(role, table).stream().anyMatch(grant -> listed(grant, column));
        }

        private static boolean roleAllowsUnmasked(RoleMeta role, TableMeta table, String column) {
            return role.tables() == TableGrant.all()
                    || grants(role, table).stream().anyMatch(grant -> listed(grant, column) && !grant.maskedColumns().contains(column));
        }

        private static boolean listed(TableRoleAccess grant, String column) {
            return grant.allowedColumns() == ColumnGrant.all()
                    || ((ColumnGrant.Columns) grant.allowedColumns()).columns().contains(column);
        }

        private static List<TableRoleAccess> grants(RoleMeta role, TableMeta table) {
            if (role.tables() == TableGrant.all()) {
                return List.of();
            }
            return ((TableGrant.Tables) role.tables()).tables().stream()
                    .filter(grant -> grant.tableId().equals(table.id()))
                    .collect(Collectors.toList());
        }

        private static List<RoleMeta> roles(List<String> scope) {
            return scope.stream().filter(ROLES_BY_ID::containsKey).map(ROLES_BY_ID::get).collect(Collectors.toList());
        }
    }
}
