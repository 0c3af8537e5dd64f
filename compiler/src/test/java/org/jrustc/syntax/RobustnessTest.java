package org.jrustc.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.Diagnostics;
import org.jrustc.diag.SourceFile;
import org.jrustc.syntax.ast.Crate;
import org.junit.jupiter.api.Test;

/**
 * Whatever the input, the parser returns an AST or reports errors, never both and never neither;
 * it throws nothing and prints nothing; every span lies inside the text.
 */
class RobustnessTest {
    private static final String[] TOKENS = {
        "fn", "main", "(", ")", "{", "}", "[", "]", "let", "mut", "x", "=", ";", ":", "::", ",", ".", "..", "..=",
        "+", "-", "*", "/", "%", "&", "&&", "|", "||", "!", "<", ">", ">>", "<=", "==", "!=", "+=", "->", "=>",
        "if", "else", "while", "loop", "for", "in", "break", "continue", "return", "struct", "impl", "S", "self",
        "Self", "as", "i32", "Box", "'a", "'a'", "\"s\"", "\"{}\"", "1", "0x1F", "1.5", "true", "#", "$", "?", "@",
        "println", "match", "_", "ref", "pub", "unsafe", "/*", "*/", "//", "\n", "\"", "'", "\\", "é", "😀",
    };

    @Test
    void randomCharacters() {
        Random random = new Random(1);
        String alphabet = "fn{}()[];:,.=+-*/%!&|^<>'\"\\#@$?~_ azAZ09\n\tr b";
        for (int i = 0; i < 400; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int k = 0; k < length; k++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            check(text.toString());
        }
    }

    @Test
    void randomTokens() {
        Random random = new Random(2);
        for (int i = 0; i < 400; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int k = 0; k < length; k++) text.append(TOKENS[random.nextInt(TOKENS.length)]).append(' ');
            check(text.toString());
        }
    }

    @Test
    void randomTokensInsideAFunction() {
        Random random = new Random(3);
        for (int i = 0; i < 400; i++) {
            StringBuilder text = new StringBuilder("fn main() { ");
            int length = random.nextInt(30);
            for (int k = 0; k < length; k++) text.append(TOKENS[random.nextInt(TOKENS.length)]).append(' ');
            check(text.append(" }").toString());
        }
    }

    @Test
    void mutationsOfAValidProgram() {
        Random random = new Random(4);
        String program = LargeProgramTest.PROGRAM;
        for (int i = 0; i < 300; i++) {
            int at = random.nextInt(program.length());
            String mutated = switch (i % 3) {
                case 0 -> program.substring(0, at) + program.substring(Math.min(program.length(), at + 1 + random.nextInt(5)));
                case 1 -> program.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)] + program.substring(at);
                default -> program.substring(0, at);
            };
            check(mutated);
        }
    }

    @Test
    void deepNesting() {
        check("fn main() { let x = " + "(".repeat(3000) + "1" + ")".repeat(3000) + "; }");
        check("fn main() { let x = " + "-".repeat(3000) + "1; }");
        check("fn main() " + "{".repeat(3000) + "}".repeat(3000));
        check("fn main() { let x = " + "1 + ".repeat(3000) + "1; }");
    }

    @Test
    void validProgramsStayValid() {
        Crate crate = check(LargeProgramTest.PROGRAM);
        assertTrue(crate != null);
    }

    /** Parses with stdout and stderr captured; checks the contract and returns the crate. */
    private static Crate check(String text) {
        SourceFile source = new SourceFile("fuzz.rs", text);
        Diagnostics diags = new Diagnostics();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Crate crate;
        try {
            System.setOut(new PrintStream(printed));
            System.setErr(new PrintStream(printed));
            crate = Parser.parse(source, diags);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", printed.toString(), () -> "output while parsing:\n" + text);
        boolean errors = diags.hasErrors();
        assertEquals(crate == null, errors, () -> "crate and errors disagree for:\n" + text + "\n" + diags.all());
        List<String> outside = new ArrayList<>();
        for (Diagnostic d : diags.all()) {
            if (d.span().start() < 0 || d.span().end() > text.length() || d.span().start() > d.span().end()) {
                outside.add(d.message() + " " + d.span());
            }
        }
        assertEquals(List.of(), outside, () -> "spans outside the text:\n" + text);
        return crate;
    }
}
