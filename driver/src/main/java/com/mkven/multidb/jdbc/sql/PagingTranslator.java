package com.mkven.multidb.jdbc.sql;

import com.mkven.multidb.metadata.ColumnType;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.select.Fetch;
import net.sf.jsqlparser.statement.select.Limit;
import net.sf.jsqlparser.statement.select.Offset;
import net.sf.jsqlparser.statement.select.PlainSelect;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code LIMIT n [OFFSET m]} and {@code [OFFSET m ROWS] FETCH FIRST|NEXT n ROWS ONLY}. A negative
 * value goes through for validation to report (rule 11); a {@code ?} leaves the value out of a
 * template until it is bound.
 */
final class PagingTranslator {
    private PagingTranslator() {}

    record Paging(Optional<Integer> limit, Optional<Integer> offset) {
        Paging {
            requireNonNull(limit, "limit is null");
            requireNonNull(offset, "offset is null");
        }
    }

    static Paging translate(PlainSelect select, LiteralValues values, SourcePosition fallback) {
        Optional<Integer> limit = Optional.empty();
        Limit sqlLimit = select.getLimit();
        if (sqlLimit != null) {
            SourcePosition position = Positions.of(sqlLimit, fallback);
            if (sqlLimit.isLimitAll() || sqlLimit.isLimitNull()) {
                throw UnsupportedSqlException.unsupported("LIMIT " + (sqlLimit.isLimitAll() ? "ALL" : "NULL"),
                        position);
            }
            if (sqlLimit.getOffset() != null) {
                throw UnsupportedSqlException.unsupported("LIMIT m, n", "LIMIT m, n is not supported: write LIMIT n "
                        + "OFFSET m", position);
            }
            limit = number(sqlLimit.getRowCount(), ParameterRole.LIMIT, "LIMIT", values,
                    Positions.of(sqlLimit.getRowCount(), position));
        }
        Fetch fetch = select.getFetch();
        if (fetch != null) {
            if (sqlLimit != null) {
                throw UnsupportedSqlException.unsupported("LIMIT together with FETCH", fallback);
            }
            limit = fetch(fetch, values, fallback);
        }
        Optional<Integer> offset = Optional.empty();
        Offset sqlOffset = select.getOffset();
        if (sqlOffset != null) {
            SourcePosition position = Positions.of(sqlOffset.getOffset(), fallback);
            offset = number(sqlOffset.getOffset(), ParameterRole.OFFSET, "OFFSET", values, position);
        }
        return new Paging(limit, offset);
    }

    private static Optional<Integer> fetch(Fetch fetch, LiteralValues values, SourcePosition fallback) {
        List<String> words = fetch.getFetchParameters().stream().map(word -> word.toUpperCase(Locale.ROOT)).toList();
        if (!words.equals(List.of("ROWS", "ONLY")) && !words.equals(List.of("ROW", "ONLY"))) {
            throw UnsupportedSqlException.unsupported("FETCH … " + String.join(" ", fetch.getFetchParameters()),
                    "FETCH is supported as FETCH FIRST n ROWS ONLY", Positions.of(fetch.getExpression(), fallback));
        }
        if (fetch.getExpression() == null) {
            // FETCH FIRST ROW ONLY: the standard's count defaults to one
            return Optional.of(1);
        }
        return number(fetch.getExpression(), ParameterRole.LIMIT, "FETCH FIRST",
                values, Positions.of(fetch.getExpression(), fallback));
    }

    private static Optional<Integer> number(Expression expression, ParameterRole role, String clause,
            LiteralValues values, SourcePosition position) {
        if (!LiteralValues.isValue(expression)) {
            throw UnsupportedSqlException.unsupported(Constructs.describe(expression) + " in " + clause,
                    clause + " takes an integer or a ? marker", position);
        }
        Object value = values.value(expression, role, ParameterTarget.of(ColumnType.INT), position);
        if (value instanceof ParameterMarker) {
            return Optional.empty();
        }
        if (value instanceof Integer number) {
            return Optional.of(number);
        }
        throw UnsupportedSqlException.unsupported(clause + " " + value,
                clause + " takes an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", not " + value,
                position);
    }
}
