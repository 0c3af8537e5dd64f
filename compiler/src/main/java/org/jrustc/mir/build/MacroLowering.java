package org.jrustc.mir.build;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jrustc.diag.SourceFile;
import org.jrustc.mir.FmtPart;
import org.jrustc.mir.Operand;
import org.jrustc.mir.Place;
import org.jrustc.mir.Statement;
import org.jrustc.mir.Terminator;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.Expr.BinOp;
import org.jrustc.syntax.ast.FormatArgs;
import org.jrustc.types.Ty;

/**
 * Lowers the built-in macros: printing becomes a {@link Statement.Print}; {@code panic!} and its
 * relatives a {@link Terminator.Panic} with std's message; the assertions a branch to such a panic.
 */
final class MacroLowering {
    private final BodyBuilder b;
    private final SourceFile source;

    MacroLowering(BodyBuilder b, SourceFile source) {
        this.b = b;
        this.source = source;
    }

    void lower(Expr.MacroCall m, Place dest) {
        switch (m.name()) {
            case "println", "print", "eprintln", "eprint" -> {
                List<FmtPart> parts = m.format() == null ? List.of() : format(m.format());
                boolean err = m.name().startsWith("e");
                b.cfg.push(new Statement.Print(err, parts, m.name().endsWith("ln"), m.span()));
            }
            case "panic" -> b.panic(m.format() == null ? List.of(new FmtPart.Text("explicit panic")) : format(m.format()),
                    m.span());
            case "unreachable" -> b.panic(prefixed("internal error: entered unreachable code", m.format()), m.span());
            case "todo" -> b.panic(prefixed("not yet implemented", m.format()), m.span());
            case "unimplemented" -> b.panic(prefixed("not implemented", m.format()), m.span());
            case "assert" -> {
                Operand cond = b.operand(m.args().get(0));
                failUnless(cond, () -> m.format() != null ? format(m.format())
                        : List.of(new FmtPart.Text("assertion failed: " + sourceText(m.args().get(0)))), m);
            }
            case "assert_eq", "assert_ne" -> assertCompare(m);
            default -> throw new IllegalStateException("no lowering for macro " + m.name() + "!");
        }
    }

    private List<FmtPart> prefixed(String text, FormatArgs format) {
        List<FmtPart> parts = new ArrayList<>();
        parts.add(new FmtPart.Text(format == null ? text : text + ": "));
        if (format != null) parts.addAll(format(format));
        return parts;
    }

    private void assertCompare(Expr.MacroCall m) {
        boolean eq = m.name().equals("assert_eq");
        Operand left = b.formatArgument(m.args().get(0));
        Operand right = b.formatArgument(m.args().get(1));
        Place same = b.temp(Ty.BOOL, m.span());
        BinOp comparison = eq ? BinOp.EQ : BinOp.NE;
        if (ComparisonLowering.isAggregate(left.type())) {
            b.comparisons.compare(comparison, b.materialize(left, m.span()), b.materialize(right, m.span()), same, m.span());
        } else {
            b.assign(same, b.binary(comparison, peel(left, m), peel(right, m), m.span()), m.span());
        }
        failUnless(new Operand.Copy(same), () -> {
            List<FmtPart> message = new ArrayList<>();
            String op = eq ? "==" : "!=";
            message.add(new FmtPart.Text("assertion `left " + op + " right` failed" + (m.format() != null ? ": " : "")));
            if (m.format() != null) message.addAll(format(m.format()));
            message.add(new FmtPart.Text("\n  left: "));
            message.add(debugOf(left));
            message.add(new FmtPart.Text("\n right: "));
            message.add(debugOf(right));
            return message;
        }, m);
    }

    private static FmtPart debugOf(Operand value) {
        return value.type().isUnit() ? new FmtPart.Text("()") : new FmtPart.Value(value, true);
    }

    /** Reads through references so that {@code assert_eq!(&a, &b)} compares the values. */
    private Operand peel(Operand op, Expr.MacroCall m) {
        if (!(op.type() instanceof Ty.Ref) && !(op.type() instanceof Ty.Boxed)) return op;
        Place p = b.materialize(op, m.span());
        while (p.type() instanceof Ty.Boxed || p.type() instanceof Ty.Ref r && !(r.inner() instanceof Ty.Str)) {
            p = BodyBuilder.derefOnce(p);
        }
        return new Operand.Copy(p);
    }

    /** Branches to a panic when {@code cond} is false; the message is built (and its arguments evaluated) only there. */
    private void failUnless(Operand cond, Supplier<List<FmtPart>> message, Expr.MacroCall m) {
        int ok = b.cfg.newBlock();
        int fail = b.cfg.newBlock();
        b.cfg.block(b.cfg.current).terminator = new Terminator.SwitchBool(cond, ok, fail, m.span());
        b.cfg.switchTo(fail);
        b.panic(message.get(), m.span());
        b.cfg.switchTo(ok);
    }

    private List<FmtPart> format(FormatArgs format) {
        List<Operand> args = new ArrayList<>();
        for (Expr e : format.args()) args.add(b.formatArgument(e));
        List<FmtPart> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (FormatArgs.Piece piece : format.pieces()) {
            if (piece instanceof FormatArgs.Text t) {
                text.append(t.text());
            } else {
                FormatArgs.Hole hole = (FormatArgs.Hole) piece;
                if (text.length() > 0) {
                    parts.add(new FmtPart.Text(text.toString()));
                    text.setLength(0);
                }
                Operand arg = args.get(hole.argIndex());
                parts.add(arg.type().isUnit() ? new FmtPart.Text("()") : new FmtPart.Value(arg, hole.spec().debug(),
                        hole.spec().raw().equals("#?")));
            }
        }
        if (text.length() > 0) parts.add(new FmtPart.Text(text.toString()));
        return parts;
    }

    /**
     * The condition as written, with runs of whitespace outside string and char literals collapsed
     * (std prints the condition's tokens; a literal's text is kept exactly).
     */
    private String sourceText(Expr e) {
        String text = source.text().substring(e.span().start(), e.span().end());
        StringBuilder out = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == '\\' && i + 1 < text.length()) out.append(text.charAt(++i));
                else if (c == quote) quote = 0;
            } else if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') out.append(' ');
            } else {
                if (c == '"') quote = c;
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
