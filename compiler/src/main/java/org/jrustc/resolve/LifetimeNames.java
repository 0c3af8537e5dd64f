package org.jrustc.resolve;

import java.util.Set;
import org.jrustc.diag.Diagnostics;
import org.jrustc.diag.Span;
import org.jrustc.syntax.ast.TypeExpr;

/**
 * The names of lifetimes in types: each must be declared by the item ({@code fn f<'a>},
 * {@code struct S<'a>}, {@code impl<'a>}) or be {@code 'static} (E0261), and a struct's references
 * must name theirs (E0106). Whether the lifetimes are respected is the borrow checker's concern.
 */
final class LifetimeNames {
    private final Diagnostics diags;

    LifetimeNames(Diagnostics diags) {
        this.diags = diags;
    }

    /** Checks a type of a function signature ({@code inStruct} false) or of a struct's field. */
    void check(TypeExpr t, Set<String> declared, boolean inStruct) {
        if (t instanceof TypeExpr.Ref r) {
            Span amp = new Span(r.span().start(), r.span().start() + 1);
            if (r.lifetime() == null && inStruct) {
                diags.error("E0106", "missing lifetime specifier", amp, "expected named lifetime parameter");
            } else if (r.lifetime() != null) {
                name(r.lifetime(), new Span(amp.end(), amp.end() + 1 + r.lifetime().length()), declared, inStruct);
            }
            check(r.inner(), declared, inStruct);
        } else if (t instanceof TypeExpr.Path p) {
            for (TypeExpr.Lifetime l : p.lifetimes()) name(l.name(), l.span(), declared, inStruct);
            for (TypeExpr g : p.generics()) check(g, declared, inStruct);
        } else if (t instanceof TypeExpr.Tuple tuple) {
            for (TypeExpr e : tuple.elements()) check(e, declared, inStruct);
        } else if (t instanceof TypeExpr.Array a) {
            check(a.element(), declared, inStruct);
        }
    }

    private void name(String name, Span span, Set<String> declared, boolean inStruct) {
        if (name.equals("static") || declared.contains(name) || name.equals("_") && !inStruct) return;
        if (name.equals("_")) {
            diags.error("E0637", "`'_` cannot be used here", span, "`'_` is a reserved lifetime name");
            return;
        }
        diags.error("E0261", "use of undeclared lifetime name `'" + name + "`", span, "undeclared lifetime");
    }
}
