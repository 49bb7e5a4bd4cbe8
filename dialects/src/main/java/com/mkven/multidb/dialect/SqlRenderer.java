package com.mkven.multidb.dialect;

import com.mkven.multidb.ir.AggregationClause;
import com.mkven.multidb.ir.ColumnRef;
import com.mkven.multidb.ir.ConditionOperator;
import com.mkven.multidb.ir.CorrelatedSubquery;
import com.mkven.multidb.ir.HavingBetween;
import com.mkven.multidb.ir.HavingCondition;
import com.mkven.multidb.ir.HavingGroup;
import com.mkven.multidb.ir.HavingVisitor;
import com.mkven.multidb.ir.JoinClause;
import com.mkven.multidb.ir.JsonArrayView;
import com.mkven.multidb.ir.OrderByClause;
import com.mkven.multidb.ir.SqlParts;
import com.mkven.multidb.ir.TableRef;
import com.mkven.multidb.ir.WhereArrayCondition;
import com.mkven.multidb.ir.WhereBetween;
import com.mkven.multidb.ir.WhereColumnCondition;
import com.mkven.multidb.ir.WhereCondition;
import com.mkven.multidb.ir.WhereCountedSubquery;
import com.mkven.multidb.ir.WhereExists;
import com.mkven.multidb.ir.WhereFunction;
import com.mkven.multidb.ir.WhereGroup;
import com.mkven.multidb.ir.WhereVisitor;
import com.mkven.multidb.metadata.ColumnType;
import com.mkven.multidb.query.ComparisonOperator;
import com.mkven.multidb.query.FilterLogic;
import com.mkven.multidb.spi.GeneratedSql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The one rendering path of every dialect (sql.md §4): clause order, quoting, groups, EXISTS, ranges, HAVING and
 * paging are written once here. A dialect supplies its {@link DialectSyntax} and overrides the hooks for the forms
 * that differ in shape. One instance renders one statement: it numbers placeholders in the order they are written
 * and collects their values in that order, so every piece must be rendered left to right.
 */
abstract class SqlRenderer implements WhereVisitor<String>, HavingVisitor<String> {
    private final DialectSyntax syntax;
    private final SqlParts parts;
    private final List<Object> params;
    private final List<Object> bound = new ArrayList<>();

    SqlRenderer(DialectSyntax syntax, SqlParts parts, List<Object> params) {
        this.syntax = syntax;
        this.parts = parts;
        this.params = params;
    }

    final GeneratedSql render() {
        StringBuilder sql = new StringBuilder(256).append("SELECT ");
        if (parts.countMode()) {
            sql.append("COUNT(*)");
        } else {
            sql.append(parts.distinct() ? "DISTINCT " : "").append(selectList());
        }
        sql.append(" FROM ").append(table(parts.from()));
        for (JoinClause join : parts.joins()) {
            sql.append(join(join));
        }
        if (!parts.where().isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", renderAll(parts.where(), node -> node.accept(this))));
        }
        if (!parts.groupBy().isEmpty()) {
            StringJoiner groupBy = new StringJoiner(", ", " GROUP BY ", "");
            parts.groupBy().forEach(ref -> groupBy.add(column(ref)));
            sql.append(groupBy);
        }
        if (!parts.having().isEmpty()) {
            sql.append(" HAVING ").append(String.join(" AND ", renderAll(parts.having(), node -> node.accept(this))));
        }
        if (!parts.orderBy().isEmpty()) {
            StringJoiner orderBy = new StringJoiner(", ", " ORDER BY ", "");
            parts.orderBy().forEach(item -> orderBy.add(orderItem(item)));
            sql.append(orderBy);
        }
        // validated non-negative integers, so they are written inline
        parts.limit().ifPresent(limit -> sql.append(" LIMIT ").append(limit));
        parts.offset().ifPresent(offset -> sql.append(" OFFSET ").append(offset));
        return new GeneratedSql(sql.toString(), bound);
    }

    // ---- hooks: the forms whose shape differs per dialect -------------------------------------------------------

    /**
     * The placeholder of the {@code number}-th bound value (1-based, in textual order); {@code value} is what is bound
     * there (after {@link TypedValues} where the dialect converts), for placeholders whose type depends on it.
     */
    protected abstract String placeholder(int number, ParamType type, Object value);

    /** {@code in} / {@code notIn} on {@code operand} with the whole list {@code values}. */
    protected abstract String membership(String operand, boolean negated, Object values, ColumnType type);

    /** One of the twelve pattern operators on {@code column} with its raw string value (sql.md §5.3). */
    protected abstract String pattern(String column, ConditionOperator operator, String value);

    /** An array operator (sql.md §5.5). */
    protected abstract String arrayCondition(WhereArrayCondition node);

    /**
     * A counted subquery whose result is not known in advance (sql.md §5.4); {@code count} is the validated
     * comparison value. {@link #correlatedCount} and {@link #decorrelatedCount} are the shared forms.
     */
    protected abstract String countedSubquery(WhereCountedSubquery node, long count);

    /**
     * The JSON text in {@code column} read as a value of {@code arrayType}. Only the planner's Trino federation reads a
     * table through such a view (a ClickHouse table whose arrays Trino's connector cannot read), so only Trino says how.
     */
    protected String parsedJsonArray(String column, ColumnType arrayType) {
        throw new IllegalArgumentException("only the Trino dialect reads a table through a view of JSON arrays, not " + column);
    }

    // ---- helpers for the hooks ----------------------------------------------------------------------------------

    protected final String quote(String identifier) {
        String quote = String.valueOf(syntax.identifierQuote());
        return quote + identifier.replace(quote, quote + quote) + quote;
    }

    /** {@code t0."created_at"}: table aliases are never quoted. */
    protected final String column(ColumnRef column) {
        return column.tableAlias() + "." + quote(column.columnName());
    }

    /**
     * Each segment of {@code catalog.schema.table} quoted, then the alias; a view with arrays as JSON text is read as
     * the table it stands for: {@code (SELECT "id", …, <parsed "tags"> AS "tags" FROM <view>) t0}.
     */
    protected final String table(TableRef table) {
        StringJoiner name = new StringJoiner(".");
        table.catalog().ifPresent(catalog -> name.add(quote(catalog)));
        for (String segment : table.physicalName().split("\\.", -1)) {
            name.add(quote(segment));
        }
        String source = table.jsonArrayView().map(view -> "(" + readView(view, name.toString()) + ")").orElse(name.toString());
        return source + " " + table.alias();
    }

    private String readView(JsonArrayView view, String name) {
        StringJoiner columns = new StringJoiner(", ");
        for (String column : view.columns()) {
            ColumnType array = view.jsonArrays().get(column);
            columns.add(array == null ? quote(column) : parsedJsonArray(quote(column), array) + " AS " + quote(column));
        }
        return "SELECT " + columns + " FROM " + name;
    }

    /** The value the resolver put at {@code index}. */
    protected final Object param(int index) {
        if (index < 0 || index >= params.size()) {
            throw new IllegalArgumentException("no parameter " + index + " among " + params.size());
        }
        return params.get(index);
    }

    /** Binds a value and returns its placeholder. */
    protected final String bind(Object value, ParamType type) {
        Object typed = syntax.typedValues() ? TypedValues.of(value, type) : value;
        bound.add(typed);
        return placeholder(bound.size(), type, typed);
    }

    /** Binds every element of a list value separately: {@code p1, p2, …}, for dialects that expand lists inline. */
    protected final String bindEach(Object values, ParamType type) {
        if (!(values instanceof List<?> list)) {
            throw new IllegalArgumentException("a list operator needs a list, not " + values);
        }
        StringJoiner placeholders = new StringJoiner(", ");
        for (Object element : list) {
            placeholders.add(bind(element, type));
        }
        return placeholders.toString();
    }

    /**
     * {@code c [NOT] IN <listOpener>(p1, p2, …)} with one placeholder per element. An empty list (never from a validated
     * query) is its plain truth value, since {@code IN ()} is no valid SQL everywhere.
     */
    protected final String expandedMembership(String operand, boolean negated, Object values, ParamType type,
            String listOpener) {
        if (values instanceof List<?> list && list.isEmpty()) {
            return syntax.literal(negated);
        }
        return operand + (negated ? " NOT IN " : " IN ") + listOpener + "(" + bindEach(values, type) + ")";
    }

    /** {@code <>} for {@code !=} in every dialect (sql.md §7). */
    protected static String comparison(ComparisonOperator operator) {
        return switch (operator) {
            case EQ -> "=";
            case NE -> "<>";
            case GT -> ">";
            case LT -> "<";
            case GE -> ">=";
            case LE -> "<=";
        };
    }

    /** {@code FROM <table> sN WHERE <inner> = <outer> [AND <where>…]}. */
    protected final String subqueryBody(CorrelatedSubquery subquery) {
        List<String> conditions = new ArrayList<>();
        conditions.add(column(subquery.innerColumn()) + " = " + column(subquery.outerColumn()));
        conditions.addAll(renderAll(subquery.where(), node -> node.accept(this)));
        return "FROM " + table(subquery.from()) + " WHERE " + String.join(" AND ", conditions);
    }

    /** {@code (SELECT COUNT(*) <body>) <op> <count>}: exact, so right for every operator, if not the fastest. */
    protected final String correlatedCount(WhereCountedSubquery node, long count) {
        String counted = "(SELECT COUNT(*) " + subqueryBody(node.subquery()) + ")";
        return counted + " " + comparison(node.operator()) + " " + bind(count, ParamType.ROW_COUNT);
    }

    /**
     * The semi-join form of sql.md §5.4, exact for every operator: the child keys grouped with their row counts hold
     * every parent with at least one child, and no parent without. If a parent without children fails the comparison
     * ({@code >= 3}), the parent must be among the keys whose count passes it: {@code <outer> IN (… HAVING COUNT(*)
     * >= 3)}. If it passes ({@code < 3}, {@code = 0}), the parent must not be among the keys whose count fails it:
     * {@code <outer> NOT IN (… HAVING COUNT(*) >= 3)}, which keeps the parents without children.
     */
    protected final String decorrelatedCount(WhereCountedSubquery node, long count) {
        String outer = column(node.subquery().outerColumn());
        ComparisonOperator operator = node.operator();
        if (!holds(operator, 0, count)) {
            return outer + " IN (" + groupedKeys(node.subquery(), operator, count) + ")";
        }
        // a parent whose key is NULL has no children, so it passes; NULL NOT IN (…) is NULL and would drop it
        return "(" + outer + " IS NULL OR " + outer + " NOT IN (" + groupedKeys(node.subquery(), negation(operator), count) + "))";
    }

    /** The child keys whose row count satisfies {@code having count}; a NULL key would make NOT IN reject every row. */
    private String groupedKeys(CorrelatedSubquery subquery, ComparisonOperator having, long count) {
        String inner = column(subquery.innerColumn());
        List<String> conditions = new ArrayList<>();
        conditions.add(inner + " IS NOT NULL");
        conditions.addAll(renderAll(subquery.where(), node -> node.accept(this)));
        return "SELECT " + inner + " FROM " + table(subquery.from()) + " WHERE " + String.join(" AND ", conditions)
                + " GROUP BY " + inner + " HAVING COUNT(*) " + comparison(having) + " " + bind(count, ParamType.ROW_COUNT);
    }

    private static boolean holds(ComparisonOperator operator, long left, long right) {
        return switch (operator) {
            case EQ -> left == right;
            case NE -> left != right;
            case GT -> left > right;
            case LT -> left < right;
            case GE -> left >= right;
            case LE -> left <= right;
        };
    }

    private static ComparisonOperator negation(ComparisonOperator operator) {
        return switch (operator) {
            case EQ -> ComparisonOperator.NE;
            case NE -> ComparisonOperator.EQ;
            case GT -> ComparisonOperator.LE;
            case LT -> ComparisonOperator.GE;
            case GE -> ComparisonOperator.LT;
            case LE -> ComparisonOperator.GT;
        };
    }

    // ---- WHERE ---------------------------------------------------------------------------------------------------

    @Override
    public final String visitCondition(WhereCondition node) {
        return condition(column(node.column()), node.operator(), node.paramIndex(), node.columnType());
    }

    @Override
    public final String visitColumnCondition(WhereColumnCondition node) {
        return column(node.leftColumn()) + " " + comparison(node.operator()) + " " + column(node.rightColumn());
    }

    @Override
    public final String visitBetween(WhereBetween node) {
        return between(column(node.column()), node.not(), node.fromParamIndex(), node.toParamIndex(), node.columnType());
    }

    @Override
    public final String visitFunction(WhereFunction node) {
        String function = switch (node.fn()) {
            case LEVENSHTEIN -> syntax.levenshteinFunction();
        };
        String call = function + "(" + column(node.column()) + ", " + bind(param(node.fnParamIndex()), ParamType.STRING) + ")";
        return call + " " + comparison(node.operator()) + " " + bind(param(node.compareParamIndex()), ParamType.EDIT_DISTANCE);
    }

    @Override
    public final String visitArrayCondition(WhereArrayCondition node) {
        return arrayCondition(node);
    }

    @Override
    public final String visitGroup(WhereGroup node) {
        return group(node.logic(), node.not(), renderAll(node.conditions(), condition -> condition.accept(this)));
    }

    @Override
    public final String visitExists(WhereExists node) {
        return (node.exists() ? "" : "NOT ") + "EXISTS (SELECT 1 " + subqueryBody(node.subquery()) + ")";
    }

    @Override
    public final String visitCountedSubquery(WhereCountedSubquery node) {
        long count = count(param(node.countParamIndex()));
        // every row has at least 0 and never fewer than 0 related rows: no subquery needed (sql.md §5.4 guards)
        if (count == 0 && node.operator() == ComparisonOperator.GE) {
            return syntax.literal(true);
        }
        if (count == 0 && node.operator() == ComparisonOperator.LT) {
            return syntax.literal(false);
        }
        return countedSubquery(node, count);
    }

    // ---- HAVING --------------------------------------------------------------------------------------------------

    @Override
    public final String visitCondition(HavingCondition node) {
        return condition(aggregateOperand(node.alias()), node.operator(), node.paramIndex(), node.columnType());
    }

    @Override
    public final String visitBetween(HavingBetween node) {
        return between(aggregateOperand(node.alias()), node.not(), node.fromParamIndex(), node.toParamIndex(), node.columnType());
    }

    @Override
    public final String visitGroup(HavingGroup node) {
        return group(node.logic(), node.not(), renderAll(node.conditions(), condition -> condition.accept(this)));
    }

    // ---- shared pieces -------------------------------------------------------------------------------------------

    private String selectList() {
        StringJoiner select = new StringJoiner(", ");
        for (ColumnRef column : parts.select()) {
            select.add(column(column) + " AS " + quote(column.selectAlias()));
        }
        for (AggregationClause aggregation : parts.aggregations()) {
            select.add(aggregate(aggregation) + " AS " + quote(aggregation.alias()));
        }
        return select.toString();
    }

    private String join(JoinClause join) {
        String type = switch (join.type()) {
            case INNER -> " INNER JOIN ";
            case LEFT -> " LEFT JOIN ";
        };
        return type + table(join.table()) + " ON " + column(join.leftColumn()) + " = " + column(join.rightColumn());
    }

    private String aggregate(AggregationClause aggregation) {
        String argument = aggregation.column().map(this::column).orElse("*");
        return aggregation.fn().wireName().toUpperCase(Locale.ROOT) + "(" + argument + ")";
    }

    /** What a HAVING condition on an alias compares: the alias, or the aggregate where aliases are not visible. */
    private String aggregateOperand(String alias) {
        if (syntax.havingSeesSelectAliases()) {
            return quote(alias);
        }
        for (AggregationClause aggregation : parts.aggregations()) {
            if (aggregation.alias().equals(alias)) {
                return aggregate(aggregation);
            }
        }
        throw new IllegalArgumentException("having names " + alias + ", which is no aggregation alias");
    }

    private String orderItem(OrderByClause item) {
        String key = item.column().isPresent() ? column(item.column().get()) : quote(item.alias().orElseThrow());
        return switch (item.direction()) {
            case ASC -> key + " ASC";
            case DESC -> key + " DESC";
        };
    }

    private String condition(String operand, ConditionOperator operator, OptionalInt paramIndex, ColumnType type) {
        return switch (operator.category()) {
            case COMPARISON -> operand + " " + comparison(operator.comparison().orElseThrow()) + " "
                    + bind(param(paramIndex.orElseThrow()), ParamType.of(type));
            case MEMBERSHIP -> membership(operand, operator.negated(), param(paramIndex.orElseThrow()), type);
            case PATTERN -> pattern(operand, operator, text(param(paramIndex.orElseThrow())));
            case NULL_CHECK -> operand + (operator.negated() ? " IS NOT NULL" : " IS NULL");
        };
    }

    private String between(String operand, boolean not, int fromIndex, int toIndex, ColumnType type) {
        ParamType paramType = ParamType.of(type);
        String from = bind(param(fromIndex), paramType);
        String range = "BETWEEN " + from + " AND " + bind(param(toIndex), paramType);
        if (!not) {
            return operand + " " + range;
        }
        return switch (syntax.notBetween()) {
            case NOT_BETWEEN -> operand + " NOT " + range;
            case NEGATED_BETWEEN -> "NOT (" + operand + " " + range + ")";
        };
    }

    /** Renders nodes in order, which is also the order their placeholders are numbered in. */
    private static <N> List<String> renderAll(List<N> nodes, Function<N, String> render) {
        List<String> rendered = new ArrayList<>(nodes.size());
        for (N node : nodes) {
            rendered.add(render.apply(node));
        }
        return rendered;
    }

    /**
     * Every group the caller wrote is parenthesised; an empty one is its identity (AND: true, OR: false). The implicit
     * conjunction of WHERE/HAVING entries is not a group and is written without parentheses.
     */
    private String group(FilterLogic logic, boolean not, List<String> conditions) {
        String body = conditions.isEmpty()
                ? syntax.literal(logic == FilterLogic.AND)
                : String.join(logic == FilterLogic.AND ? " AND " : " OR ", conditions);
        return (not ? "NOT (" : "(") + body + ")";
    }

    private static String text(Object value) {
        if (value instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException("a pattern operator needs a string, not " + value);
    }

    private static long count(Object value) {
        if (value instanceof Number number) {
            try {
                long count = new BigDecimal(number.toString()).longValueExact();
                if (count >= 0) {
                    return count;
                }
            }
            catch (ArithmeticException | NumberFormatException e) {
                // not a whole number in range: reported below
            }
        }
        throw new IllegalArgumentException("a count must be a non-negative whole number, not " + value);
    }
}
