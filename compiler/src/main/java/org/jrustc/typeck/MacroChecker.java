package org.jrustc.typeck;

import org.jrustc.diag.Diagnostics;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.FormatArgs;
import org.jrustc.types.Ty;

/**
 * Checks the macros jrustc knows: the printing family, {@code panic!} and its relatives, and the
 * assertions. A format argument must be printable by the placeholder that uses it: integers,
 * {@code bool}, {@code char} and {@code &str}, and references or boxes of those.
 */
final class MacroChecker {
    private final BodyChecker body;
    private final Diagnostics diags;

    MacroChecker(BodyChecker body, Diagnostics diags) {
        this.body = body;
        this.diags = diags;
    }

    Ty check(Expr.MacroCall m, Ty expected) {
        switch (m.name()) {
            case "println", "print", "eprintln", "eprint" -> {
                format(m.format());
                return Ty.UNIT;
            }
            case "panic", "unreachable", "todo", "unimplemented" -> {
                format(m.format());
                return Ty.NEVER;
            }
            case "assert" -> {
                if (m.args().size() != 1) {
                    diags.error(null, "macro requires a boolean expression as an argument", m.span(), "boolean expression required");
                    return Ty.UNIT;
                }
                body.expr(m.args().get(0), Ty.BOOL);
                format(m.format());
                return Ty.UNIT;
            }
            case "assert_eq", "assert_ne" -> {
                if (m.args().size() != 2) {
                    diags.error(null, "expected 2 arguments to `" + m.name() + "!`", m.span(), "");
                    return Ty.UNIT;
                }
                Ty left = body.exprHint(m.args().get(0), null);
                Ty right = body.exprHint(m.args().get(1), left);
                Ty l = body.resolved(left);
                if (!body.comparable(l, false)) {
                    diags.error("E0369", "binary operation `" + (m.name().equals("assert_eq") ? "==" : "!=")
                            + "` cannot be applied to type `" + body.show(left) + "`", m.args().get(0).span(), "");
                } else if (!body.unifies(left, right)) {
                    body.mismatch(m.args().get(1).span(), left, right);
                } else if (!debuggable(left)) {
                    // The failure message prints both sides with {:?}; rustc reports each side.
                    for (int i = 0; i < 2; i++) {
                        diags.error("E0277", "`" + body.show(left) + "` doesn't implement `Debug`", m.span(),
                                "the trait `Debug` is not implemented for `" + body.show(left) + "`");
                    }
                }
                format(m.format());
                return Ty.UNIT;
            }
            default -> {
                body.unsupported("`" + m.name() + "!`", m.nameSpan());
                return Ty.ERROR;
            }
        }
    }

    private void format(FormatArgs format) {
        if (format == null) return;
        boolean[] debug = new boolean[format.args().size()];
        boolean[] display = new boolean[format.args().size()];
        for (FormatArgs.Piece piece : format.pieces()) {
            if (piece instanceof FormatArgs.Hole hole) {
                if (!hole.spec().isPlain() && !hole.spec().raw().equals("#?")) {
                    body.unsupported("format options such as `{:" + hole.spec().raw() + "}`", hole.span());
                }
                if (hole.argIndex() < 0 || hole.argIndex() >= debug.length) continue;
                if (hole.spec().debug()) debug[hole.argIndex()] = true;
                else display[hole.argIndex()] = true;
            }
        }
        for (int i = 0; i < format.args().size(); i++) {
            Expr arg = format.args().get(i);
            Ty t = body.exprHint(arg, null);
            if (body.isError(t)) continue;
            if (display[i] && !printable(t)) {
                diags.error("E0277", "`" + body.show(t) + "` doesn't implement `std::fmt::Display`", arg.span(),
                        "`" + body.show(t) + "` cannot be formatted with the default formatter");
            } else if (debug[i] && !debuggable(t)) {
                diags.error("E0277", "`" + body.show(t) + "` doesn't implement `Debug`", arg.span(),
                        "`" + body.show(t) + "` cannot be formatted using `{:?}`");
            }
        }
    }

    /** Debug: what Display prints, and tuples (with {@code ()}) of Debug values. */
    private boolean debuggable(Ty t) {
        if (printable(t)) return true;
        Ty s = body.resolved(t);
        while (s instanceof Ty.Ref || s instanceof Ty.Boxed) {
            s = body.resolved(s instanceof Ty.Ref r ? r.inner() : ((Ty.Boxed) s).inner());
        }
        if (s instanceof Ty.Array array) return debuggable(array.element());
        if (s instanceof Ty.Adt adt) return adt.def().isDebug() && adt.args().stream().allMatch(this::debuggable);
        if (s instanceof Ty.Enum e) return e.def().isDebug() && e.args().stream().allMatch(this::debuggable);
        if (s instanceof Ty.Param p) return p.hasBound("Debug");
        return s instanceof Ty.Tuple tuple && tuple.elements().size() <= BodyChecker.MAX_TUPLE_TRAITS
                && tuple.elements().stream().allMatch(this::debuggable);
    }

    private boolean printable(Ty t) {
        Ty s = body.resolved(t);
        while (s instanceof Ty.Ref || s instanceof Ty.Boxed) {
            if (s instanceof Ty.Ref r && body.resolved(r.inner()) instanceof Ty.Str) return true;
            s = body.resolved(s instanceof Ty.Ref r ? r.inner() : ((Ty.Boxed) s).inner());
        }
        return s instanceof Ty.Int || s instanceof Ty.Float || s instanceof Ty.Bool || s instanceof Ty.Char
                || s instanceof Ty.Var || s instanceof Ty.Param p && p.hasBound("Display");
    }
}
