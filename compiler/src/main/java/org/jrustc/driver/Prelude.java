package org.jrustc.driver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jrustc.diag.Diagnostics;
import org.jrustc.diag.SourceFile;
import org.jrustc.syntax.Parser;
import org.jrustc.syntax.ast.Crate;
import org.jrustc.syntax.ast.Item;
import org.jrustc.syntax.ast.TypeExpr;

/**
 * The items every program sees without a {@code use}: {@code Option}, {@code Result} and their
 * methods, written in Rust in the stdlib module ({@code org/jrustc/stdlib/prelude.rs}) and compiled
 * with each program. A program's own item of the same name takes the place of the prelude's, as in
 * Rust. The prelude's spans start at {@link org.jrustc.diag.Span#PRELUDE_START}, beyond any program's text.
 */
final class Prelude {
    private Prelude() {}

    private static final String RESOURCE = "/org/jrustc/stdlib/prelude.rs";

    /** {@code program} with the prelude's items before its own. */
    static Crate addTo(Crate program) {
        Set<String> declared = new HashSet<>();
        for (Item item : program.items()) {
            if (item instanceof Item.TypeDef t) declared.add(t.name());
            if (item instanceof Item.Fn fn) declared.add(fn.name());
            if (item instanceof Item.Trait t) declared.add(t.name());
            if (item instanceof Item.Use use) use.imports().forEach(i -> declared.add(i.name()));
        }
        List<Item> items = new ArrayList<>();
        for (Item item : parsed().items()) {
            if (!shadowed(item, declared)) items.add(item);
        }
        items.addAll(program.items());
        return new Crate(List.copyOf(items));
    }

    private static boolean shadowed(Item item, Set<String> declared) {
        if (item instanceof Item.TypeDef t) return declared.contains(t.name());
        if (item instanceof Item.Impl impl) {
            return impl.selfType() instanceof TypeExpr.Path p && declared.contains(p.last());
        }
        if (item instanceof Item.Use use) {
            return use.imports().stream().anyMatch(i -> declared.contains(i.name()) || declared.contains(i.path().get(0)));
        }
        return false;
    }

    private static Crate parsed() {
        String text;
        try (InputStream in = Prelude.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("jrustc's prelude is missing: " + RESOURCE);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read jrustc's prelude", e);
        }
        Diagnostics diags = new Diagnostics();
        Crate crate = Parser.parse(new SourceFile("<prelude>", text), diags, org.jrustc.diag.Span.PRELUDE_START);
        if (crate == null || diags.hasErrors()) throw new IllegalStateException("jrustc's prelude does not parse: " + diags.all());
        return crate;
    }
}
