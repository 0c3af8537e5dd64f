package org.jrustc.syntax;

import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.Diagnostics;
import org.jrustc.diag.SourceFile;
import org.jrustc.diag.Span;
import org.jrustc.syntax.ast.Crate;

/**
 * The syntax pass: reads a Rust source file into an AST ({@link Crate}) with spans, or reports
 * rustc-like syntax errors and returns null. It never throws, whatever the input.
 *
 * <p>The steps, each stopping at its errors: tokens (lexical errors such as an unterminated
 * string), delimiter pairing, the ANTLR parse tree (first syntax error), then the AST, where the
 * checks that the grammar leaves open happen (literals, format strings, chained comparisons).
 */
public final class Parser {
    private Parser() {}

    public static Crate parse(SourceFile source, Diagnostics diags) {
        return parse(source, diags, 0);
    }

    /**
     * Parses a file whose spans start at {@code base}: jrustc's prelude is parsed with spans beyond
     * any program's text, so that nothing in it is mistaken for a place in the program.
     */
    public static Crate parse(SourceFile source, Diagnostics diags, int base) {
        int reportedBefore = diags.all().size();
        try {
            Crate crate = parseOrNull(source, diags, base);
            return hasNewErrors(diags, reportedBefore) ? null : crate;
        } catch (StackOverflowError e) {
            diags.report(Diagnostic.error(null, "this program is nested too deeply for jrustc to parse", Span.NONE));
        } catch (RuntimeException e) {
            diags.report(Diagnostic.error(null, "internal compiler error in the parser: " + e, Span.NONE));
        }
        return null;
    }

    private static Crate parseOrNull(SourceFile source, Diagnostics diags, int base) {
        Spans spans = new Spans(source.text(), base);
        RustLexer lexer = new RustLexer(CharStreams.fromString(withoutShebang(source.text()), source.path()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(new BlockLikeMarker(lexer));
        tokens.fill();
        if (!checkTokens(tokens.getTokens(), lexer, spans, diags)) return null;
        if (!Delimiters.check(tokens.getTokens(), spans, diags)) return null;

        RustParser parser = newParser(tokens);
        FirstErrorStrategy errors = (FirstErrorStrategy) parser.getErrorHandler();
        RustParser.CrateContext tree;
        try {
            tree = parser.crate();
        } catch (ParseCancellationException e) {
            SyntaxErrorMessage.report(errors.error(), "`<eof>`", spans, diags);
            return null;
        }
        return new AstBuilder(spans, diags).crate(tree);
    }

    /** A parser over {@code tokens} that stops at its first error and prints nothing. */
    static RustParser newParser(CommonTokenStream tokens) {
        RustParser parser = new RustParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new FirstErrorStrategy());
        return parser;
    }

    /** Reports the lexical errors that the lexer turned into tokens or left as an open comment. */
    private static boolean checkTokens(List<Token> tokens, Lexer lexer, Spans spans, Diagnostics diags) {
        boolean ok = true;
        for (Token token : tokens) {
            if (token.getType() == RustLexer.UNTERMINATED_STRING) {
                diags.report(Diagnostic.error("E0765", "unterminated double quote string", spans.of(token)));
                return false;
            }
            if (token.getType() == RustLexer.UNKNOWN_CHAR) {
                diags.report(Diagnostic.error(null, "unknown start of token: " + escape(token.getText()),
                        spans.of(token)));
                ok = false;
            }
        }
        if (lexer._mode != Lexer.DEFAULT_MODE) {
            int start = spans.offset(((RustLexer) lexer).lastCommentStart);
            int end = spans.of(tokens.get(tokens.size() - 1)).end();
            diags.report(Diagnostic.error("E0758", "unterminated block comment", new Span(start, end),
                    "unterminated block comment"));
            ok = false;
        }
        return ok;
    }

    /** rustc shows printable ASCII as is and anything else as {@code \\u{a4}}. */
    private static String escape(String text) {
        int c = text.codePointAt(0);
        return c > 0x20 && c < 0x7F ? text : "\\u{" + Integer.toHexString(c) + "}";
    }

    private static boolean hasNewErrors(Diagnostics diags, int reportedBefore) {
        List<Diagnostic> all = diags.all();
        for (int i = reportedBefore; i < all.size(); i++) {
            if (all.get(i).severity() == Diagnostic.Severity.ERROR) return true;
        }
        return false;
    }

    /**
     * A first line starting with {@code #!} (a shebang, as in {@code #!/usr/bin/env rust-script}) is
     * ignored, as rustc does, unless it begins an inner attribute {@code #![...]}. It is blanked rather
     * than removed so that offsets stay those of the file.
     */
    private static String withoutShebang(String text) {
        if (!text.startsWith("#!") || text.substring(2).stripLeading().startsWith("[")) return text;
        int end = text.indexOf('\n');
        if (end < 0) end = text.length();
        return " ".repeat(end) + text.substring(end);
    }
}
