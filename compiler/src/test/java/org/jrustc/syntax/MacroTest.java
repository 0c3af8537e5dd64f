package org.jrustc.syntax;

import static org.jrustc.syntax.Parsing.expr;
import static org.jrustc.syntax.Parsing.firstError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jrustc.diag.Diagnostic;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.FormatArgs;
import org.junit.jupiter.api.Test;

/** Macro calls: format strings and their arguments, assertions, other macros, and rustc's errors about them. */
class MacroTest {

    @Test
    void formatStringPieces() {
        assertEquals("(println! [\"x = \" {0} \", y = \" {1} | x y])", expr("println!(\"x = {}, y = {}\", x, y)"));
        assertEquals("(print! [\"{\" {0} \"}\" | x])", expr("print!(\"{{{}}}\", x)"));
        assertEquals("(println! [{1} {0} {1} | a b])", expr("println!(\"{1}{0}{1}\", a, b)"));
        assertEquals("(eprintln! [{0:?} \" \" {1:#?} \" \" {0:>5} | a b])", expr("eprintln!(\"{:?} {:#?} {0:>5}\", a, b)"));
        assertEquals("(format! [\"plain\"])", expr("format!(\"plain\")"));
        assertEquals("(println! [\"a\\nb\"])", expr("println!(\"a\\nb\")"));
    }

    @Test
    void printlnWithoutArgumentsPrintsANewline() {
        Expr.MacroCall call = (Expr.MacroCall) Parsing.expression("println!()");
        assertEquals(List.of(), call.format().pieces());
        assertEquals(List.of(), call.format().args());
        assertEquals("println", call.name());
    }

    @Test
    void namedArgumentsAndCaptures() {
        assertEquals("(println! [{0} \" \" {1} \" \" {0} | (+ 5 0) x])", expr("println!(\"{n} {x} {n}\", n = 5 + 0)"));
        assertEquals("(println! [{1} {0} | a b])", expr("println!(\"{b}{}\", a, b = b)"));
        assertEquals("(println! [{0:?} {0} | x])", expr("println!(\"{x:?}{x}\")"));
    }

    @Test
    void captureSpansPointInsideTheString() {
        String source = "fn main() { let _e = println!(\"a {x:?} {yy}\"); }";
        Expr.MacroCall call = (Expr.MacroCall) Parsing.expression("println!(\"a {x:?} {yy}\")");
        FormatArgs format = call.format();
        assertEquals("x", Parsing.text(source, format.args().get(0).span()));
        assertEquals("yy", Parsing.text(source, format.args().get(1).span()));
        assertEquals("{x:?}", Parsing.text(source, ((FormatArgs.Hole) format.pieces().get(1)).span()));
        assertEquals("\"a {x:?} {yy}\"", Parsing.text(source, format.span()));
        assertTrue(((FormatArgs.Hole) format.pieces().get(1)).spec().debug());
        assertEquals("println", Parsing.text(source, call.nameSpan()));
        assertEquals("println!(\"a {x:?} {yy}\")", Parsing.text(source, call.span()));
    }

    @Test
    void specsAreKeptRaw() {
        FormatArgs format = ((Expr.MacroCall) Parsing.expression("println!(\"{:>8.3} {:x?} {:}>4}\", a, b, c)")).format();
        FormatArgs.Spec first = ((FormatArgs.Hole) format.pieces().get(0)).spec();
        assertEquals(">8.3", first.raw());
        assertEquals(false, first.debug());
        assertTrue(((FormatArgs.Hole) format.pieces().get(2)).spec().debug());
        assertEquals("}>4", ((FormatArgs.Hole) format.pieces().get(4)).spec().raw());
    }

    @Test
    void panicsAndAssertions() {
        assertNull(((Expr.MacroCall) Parsing.expression("panic!()")).format());
        assertEquals("(panic! [\"boom \" {0} | x])", expr("panic!(\"boom {}\", x)"));
        assertEquals("(assert! (== z 1))", expr("assert!(z == 1)"));
        assertEquals("(assert! (> a 0) [\"a was \" {0} | a])", expr("assert!(a > 0, \"a was {}\", a)"));
        assertEquals("(assert_eq! a b)", expr("assert_eq!(a, b)"));
        assertEquals("(assert_ne! (+ a 1) b [\"m\"])", expr("assert_ne!(a + 1, b, \"m\")"));
        assertEquals("(unreachable!)", expr("unreachable!()"));
        assertEquals("(todo! [\"later\"])", expr("todo!(\"later\")"));
    }

    @Test
    void otherMacros() {
        assertEquals("(vec! 1 2 3)", expr("vec![1, 2, 3]"));
        assertEquals("(write! f \"{}\" x)", expr("write!(f, \"{}\", x)"));
        assertEquals("<`vec!`>", expr("vec![0; n]"));
        assertEquals("<`write!`>", expr("write!(f, \"{}\" x)"));
        assertEquals("(println! [{0} | (vec! 1)])", expr("std::println!(\"{}\", vec![1])"));
        assertEquals("(println! [{0} | (+ 1 2)])", expr("println! { \"{}\", 1 + 2 }"));
    }

    @Test
    void matchesIsAMatchWithTrueAndFalseArms() {
        assertEquals("(match x [Some(_) | None if (.is_some x) => true] [_ => false])",
                expr("matches!(x, Some(_) | None if x.is_some())"));
        assertEquals("(match (deref s) [1..=3 => true] [_ => false])", expr("matches!(*s, 1..=3,)"));
    }

    @Test
    void formatErrorsAreRustcs() {
        assertEquals("2 positional arguments in format string, but no arguments were given @ 1:23",
                firstError("fn main() { println!(\"{} {}\"); }"));
        assertEquals("2 positional arguments in format string, but there is 1 argument @ 1:23",
                firstError("fn main() { println!(\"{} {}\", 1); }"));
        assertEquals("argument never used @ 1:31", firstError("fn main() { println!(\"{}\", 1, 2); }"));
        assertEquals("multiple unused formatting arguments @ 1:31", firstError("fn main() { println!(\"{}\", 1, 2, 3); }"));
        assertEquals("named argument never used @ 1:40", firstError("fn main() { println!(\"{a}\", a = 1, b = 2); }"));
        assertEquals("invalid format string: expected `}` but string was terminated @ 1:24",
                firstError("fn main() { println!(\"{\", 1); }"));
        assertEquals("invalid format string: unmatched `}` found @ 1:23", firstError("fn main() { println!(\"}\", 1); }"));
        assertEquals("invalid format string: field access isn't supported @ 1:24", firstError("fn main() { println!(\"{x.y}\"); }"));
        assertEquals("invalid format string: expected `}`, found `x` @ 1:25", firstError("fn main() { println!(\"{ x}\", x=1); }"));
        assertEquals("invalid reference to positional argument 2 (there are 2 arguments) @ 1:28",
                firstError("fn main() { println!(\"{0} {2}\", 1, 2); }"));
        assertEquals("invalid reference to positional argument 0 (no arguments were given) @ 1:24",
                firstError("fn main() { println!(\"{0}\"); }"));
        assertEquals("format argument must be a string literal @ 1:33", firstError("fn main() { let x = 1; println!(x); }"));
        assertEquals("requires at least a format string argument @ 1:13", firstError("fn main() { print!(); }"));
        assertEquals("expected `,`, found `i` @ 1:27",
                firstError("fn main() { println!(\"{}\" i); }"));
    }

    @Test
    void formatErrorsCarryRustcsLabelsAndNotes() {
        Diagnostic d = Parsing.errors("fn main() { println!(\"{\", 1); }").get(0);
        assertEquals("expected `}` in format string", d.label());
        assertEquals("because of this opening brace", d.labels().get(0).message());
        assertEquals(List.of("note: if you intended to print `{`, you can escape it using `{{`"), d.notes());
    }
}
