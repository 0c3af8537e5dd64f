package org.jrustc.types;

import java.util.ArrayList;
import java.util.List;
import org.jrustc.diag.Span;

/**
 * A struct declaration (or the payload of one enum variant, named after the variant). Fields are
 * filled in after every struct name is known, so that structs can refer to each other.
 */
public final class StructDef extends TypeDeclaration {
    public enum Shape { NAMED, TUPLE, UNIT }

    public record Field(String name, Ty type, Span span) {}

    private final Shape shape;
    private final List<Field> fields = new ArrayList<>();

    public StructDef(String name, Shape shape, Span span) {
        super(name, span);
        this.shape = shape;
    }

    public Shape shape() { return shape; }
    public List<Field> fields() { return fields; }

    public int fieldIndex(String fieldName) {
        for (int i = 0; i < fields.size(); i++) if (fields.get(i).name().equals(fieldName)) return i;
        return -1;
    }

    @Override public String toString() { return "struct " + name(); }
}
