package org.jrustc.syntax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.Diagnostics;
import org.jrustc.diag.Label;
import org.jrustc.diag.Span;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.FormatArgs;

/**
 * Splits the format string of {@code println!} and its relatives into text and placeholders, binds
 * each placeholder to an argument, and reports what rustc reports about the string and the
 * arguments. The grammar, from std::fmt:
 *
 * <pre>
 * format_string := text [ maybe_format text ] *
 * maybe_format  := '{' '{' | '}' '}' | format
 * format        := '{' [ argument ] [ ':' format_spec ] [ ws ] * '}'
 * argument      := integer | identifier
 * </pre>
 *
 * Arguments are numbered positional first, then named, then the variables the string captures
 * ({@code {x}} with no argument named x), which become {@link Expr.Path}s spanning the name inside
 * the string literal.
 */
final class FormatStringParser {

    /** {@code name = value} after the format string; span covers the whole argument. */
    record NamedArgument(String name, Expr value, Span span) {}

    /** Maps a range of chars of the string's value to its place in the source. */
    interface SourceMap {
        Span span(int valueFrom, int valueTo);
    }

    private static final String OPEN_NOTE = "note: if you intended to print `{`, you can escape it using `{{`";
    private static final String CLOSE_NOTE = "note: if you intended to print `}`, you can escape it using `}}`";

    private final String text;
    private final SourceMap source;
    private final Span literalSpan;
    private final List<Expr> positional;
    private final List<NamedArgument> named;
    private final Diagnostics diags;

    private final List<FormatArgs.Piece> pieces = new ArrayList<>();
    private final StringBuilder pendingText = new StringBuilder();
    private final Map<String, Integer> captures = new LinkedHashMap<>();
    private final List<Expr> captureArgs = new ArrayList<>();
    private final boolean[] used;
    private final List<Span> implicitHoles = new ArrayList<>();
    private int nextImplicit;
    private boolean failed;

    private FormatStringParser(Literals.Text text, SourceMap source, Span literalSpan, List<Expr> positional,
                               List<NamedArgument> named, Diagnostics diags) {
        this.text = text.value();
        this.source = source;
        this.literalSpan = literalSpan;
        this.positional = positional;
        this.named = named;
        this.diags = diags;
        this.used = new boolean[positional.size() + named.size()];
    }

    /** The parsed format with its arguments, or null after reporting errors. */
    static FormatArgs parse(Literals.Text text, SourceMap source, Span literalSpan, List<Expr> positional,
                            List<NamedArgument> named, Diagnostics diags) {
        return new FormatStringParser(text, source, literalSpan, positional, named, diags).parse();
    }

    private FormatArgs parse() {
        int i = 0;
        while (i < text.length() && !failed) {
            char c = text.charAt(i);
            if (c == '{' && at(i + 1) == '{') {
                pendingText.append('{');
                i += 2;
            } else if (c == '}' && at(i + 1) == '}') {
                pendingText.append('}');
                i += 2;
            } else if (c == '{') {
                i = placeholder(i);
            } else if (c == '}') {
                error(Diagnostic.error(null, "invalid format string: unmatched `}` found", source.span(i, i + 1),
                        "unmatched `}` in format string").withNote(CLOSE_NOTE));
            } else {
                pendingText.append(c);
                i++;
            }
        }
        if (failed) return null;
        flushText();
        checkArgumentCounts();
        if (failed) return null;
        List<Expr> args = new ArrayList<>(positional);
        for (NamedArgument n : named) args.add(n.value());
        args.addAll(captureArgs);
        return new FormatArgs(List.copyOf(pieces), List.copyOf(args), literalSpan);
    }

    // format := '{' [ argument ] [ ':' format_spec ] '}'
    private int placeholder(int open) {
        int i = open + 1;
        int argStart = i;
        while (i < text.length() && isIdentChar(text.charAt(i))) i++;
        String argument = text.substring(argStart, i);
        if (!argument.isEmpty() && !isIndex(argument) && !Character.isJavaIdentifierStart(argument.charAt(0))) {
            i = argStart;
            argument = "";
        }
        if (at(i) == '.' && !argument.isEmpty() && !isIndex(argument)) {
            int end = i;
            while (end < text.length() && (isIdentChar(text.charAt(end)) || text.charAt(end) == '.')) end++;
            error(Diagnostic.error(null, "invalid format string: field access isn't supported",
                    source.span(argStart, end), "not supported in format string")
                    .withNote("note: consider moving this expression to a local variable and then using the local here instead"));
            return end;
        }
        String spec = "";
        if (at(i) == ':') {
            int specStart = i + 1;
            // A fill character may be anything, even a brace: "{:}>5}".
            i = "<^>".indexOf(at(specStart + 1)) >= 0 && specStart + 1 < text.length() ? specStart + 2 : specStart;
            while (i < text.length() && text.charAt(i) != '}') i++;
            spec = text.substring(specStart, Math.min(i, text.length())).stripTrailing();
        }
        while (at(i) == ' ' || at(i) == '\t' || at(i) == '\n') i++;
        if (i >= text.length()) {
            error(Diagnostic.error(null, "invalid format string: expected `}` but string was terminated",
                    source.span(text.length(), text.length()), "expected `}` in format string")
                    .withLabel(new Label(source.span(open, open + 1), "because of this opening brace"))
                    .withNote(OPEN_NOTE));
            return i;
        }
        if (text.charAt(i) != '}') {
            error(Diagnostic.error(null, "invalid format string: expected `}`, found `" + text.charAt(i) + "`",
                    source.span(i, i + 1), "expected `}` in format string")
                    .withLabel(new Label(source.span(open, open + 1), "because of this opening brace"))
                    .withNote(OPEN_NOTE));
            return i;
        }
        Span holeSpan = source.span(open, i + 1);
        int index = argumentIndex(argument, source.span(argStart, argStart + argument.length()), holeSpan);
        referenceSpecArguments(spec, holeSpan);
        flushText();
        pieces.add(new FormatArgs.Hole(index, new FormatArgs.Spec(spec.endsWith("?"), spec), holeSpan));
        return i + 1;
    }

    /** The index in the argument list of {@code {}}, {@code {0}} or {@code {name}}. */
    private int argumentIndex(String argument, Span argumentSpan, Span holeSpan) {
        if (argument.isEmpty()) {
            implicitHoles.add(holeSpan);
            return use(nextImplicit++);
        }
        if (isIndex(argument)) {
            int index = Integer.parseInt(argument);
            if (index >= used.length) {
                error(Diagnostic.error(null, "invalid reference to positional argument " + index + " ("
                        + describeCount(used.length) + ")", argumentSpan, "")
                        .withNote("note: positional arguments are zero-based"));
                return 0;
            }
            return use(index);
        }
        return named(argument, argumentSpan);
    }

    /** A named argument, or else a captured variable. */
    private int named(String name, Span nameSpan) {
        for (int k = 0; k < named.size(); k++) {
            if (named.get(k).name().equals(name)) return use(positional.size() + k);
        }
        if (name.equals("_")) {
            error(Diagnostic.error(null, "invalid format string: invalid argument name `_`", nameSpan,
                    "invalid argument name in format string"));
            return 0;
        }
        Integer known = captures.get(name);
        if (known != null) return known;
        int index = used.length + captureArgs.size();
        captures.put(name, index);
        captureArgs.add(new Expr.Path(List.of(name), nameSpan));
        return index;
    }

    /** Width and precision may take arguments too ({@code {:1$}}, {@code {:.*}}, {@code {:w$}}). */
    private void referenceSpecArguments(String spec, Span holeSpan) {
        if (spec.contains(".*")) {
            implicitHoles.add(holeSpan);
            use(nextImplicit++);
        }
        int dollar = spec.indexOf('$');
        while (dollar > 0) {
            int start = dollar;
            while (start > 0 && isIdentChar(spec.charAt(start - 1))) start--;
            String argument = spec.substring(start, dollar);
            if (isIndex(argument)) {
                if (Integer.parseInt(argument) < used.length) use(Integer.parseInt(argument));
            } else if (!argument.isEmpty()) {
                named(argument, holeSpan);
            }
            dollar = spec.indexOf('$', dollar + 1);
        }
    }

    private int use(int index) {
        if (index < used.length) used[index] = true;
        return index;
    }

    private void checkArgumentCounts() {
        if (nextImplicit > used.length) {
            String count = nextImplicit + " positional argument" + (nextImplicit == 1 ? "" : "s");
            String given = used.length == 0 ? "no arguments were given"
                    : used.length == 1 ? "there is 1 argument" : "there are " + used.length + " arguments";
            Diagnostic d = Diagnostic.error(null, count + " in format string, but " + given, implicitHoles.get(0), "");
            for (Span hole : implicitHoles.subList(1, implicitHoles.size())) d = d.withLabel(new Label(hole, ""));
            for (Expr arg : positional) d = d.withLabel(new Label(arg.span(), ""));
            error(d);
            return;
        }
        List<Span> unused = new ArrayList<>();
        boolean unusedNamed = false;
        for (int k = 0; k < used.length; k++) {
            if (used[k]) continue;
            boolean isNamed = k >= positional.size();
            unused.add(isNamed ? named.get(k - positional.size()).value().span() : positional.get(k).span());
            unusedNamed |= isNamed;
        }
        if (unused.size() == 1) {
            String what = unusedNamed ? "named argument never used" : "argument never used";
            error(Diagnostic.error(null, what, unused.get(0), what)
                    .withLabel(new Label(literalSpan, "formatting specifier missing")));
        } else if (unused.size() > 1) {
            Diagnostic d = Diagnostic.error(null, "multiple unused formatting arguments", unused.get(0),
                    "argument never used");
            for (Span s : unused.subList(1, unused.size())) d = d.withLabel(new Label(s, "argument never used"));
            d = d.withLabel(new Label(literalSpan, "multiple missing formatting specifiers"))
                    .withNote("note: consider adding " + unused.size() + " format specifiers");
            error(d);
        }
    }

    private static String describeCount(int count) {
        return count == 0 ? "no arguments were given" : count == 1 ? "there is 1 argument" : "there are " + count + " arguments";
    }

    private void flushText() {
        if (pendingText.length() == 0) return;
        pieces.add(new FormatArgs.Text(pendingText.toString()));
        pendingText.setLength(0);
    }

    private void error(Diagnostic d) {
        diags.report(d);
        failed = true;
    }

    private char at(int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : '\0';
    }

    private static boolean isIdentChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isIndex(String argument) {
        return !argument.isEmpty() && argument.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
