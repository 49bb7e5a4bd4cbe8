package com.mkven.multidb.jdbc.sql;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;

import java.util.List;
import java.util.Locale;

/** The name and plain arguments of a function call; modifiers such as DISTINCT or ORDER BY are refused. */
final class FunctionCalls {
    private FunctionCalls() {}

    /** The name in lower case (function names are not API names, so their case never matters). */
    static String name(Function function, SourcePosition position) {
        if (function.getMultipartName() == null || function.getMultipartName().size() != 1) {
            throw UnsupportedSqlException.unsupported("qualified function name " + function.getName() + "()", position);
        }
        return function.getName().toLowerCase(Locale.ROOT);
    }

    static List<Expression> arguments(Function function, SourcePosition position) {
        String name = name(function, position);
        if (function.isDistinct() || function.isUnique()) {
            throw UnsupportedSqlException.unsupported(name.toUpperCase(Locale.ROOT)
                    + (function.isDistinct() ? "(DISTINCT …)" : "(UNIQUE …)"), position);
        }
        if (!isPlain(function)) {
            throw UnsupportedSqlException.unsupported("modifiers in " + Constructs.snippet(function), position);
        }
        if (function.getParameters() == null) {
            return List.of();
        }
        return List.copyOf(function.getParameters());
    }

    /**
     * Whether the call is its name and argument list alone: no named or keyword arguments
     * ({@code f(a SEPARATOR ',')}), chained argument lists ({@code f(a)(b)}), KEEP, ORDER BY, null
     * handling, LIMIT, HAVING, attribute, escape or overflow clause. DISTINCT and UNIQUE are checked
     * by the caller, which names them.
     */
    static boolean isPlain(Function function) {
        return function.getNamedParameters() == null && function.getKeywordArguments() == null
                && function.getChainedParameters() == null && function.getKeep() == null
                && function.getOrderByElements() == null && function.getNullHandling() == null
                && !function.isIgnoreNullsOutside() && function.getLimit() == null && function.getHavingClause() == null
                && function.getAttribute() == null && !function.isEscaped() && function.getExtraKeyword() == null
                && function.getOnOverflowTruncate() == null;
    }

    /** The arguments of a call that takes exactly {@code count}, or a syntax error showing how it is called. */
    static List<Expression> arguments(Function function, int count, String usage, SourcePosition position) {
        List<Expression> arguments = arguments(function, position);
        if (arguments.size() != count) {
            throw UnsupportedSqlException.syntax(name(function, position) + "()",
                    name(function, position) + "() takes " + count + " argument" + (count == 1 ? "" : "s") + ": "
                            + usage, position);
        }
        return arguments;
    }
}
