package org.jrustc.runtime.trace;

import java.util.List;

/** How snapshots are written: the chapter's tables, or one JSON object per line (docs/TRACE.md). */
public enum TraceFormat {
    TEXT {
        @Override
        public String render(Snapshot s) {
            StringBuilder sb = new StringBuilder();
            sb.append("-- ").append(s.caption()).append('\n');
            sb.append("Address Name Value\n");
            heapRows(sb, s);
            for (int f = s.frames().size() - 1; f >= 0; f--) {
                List<Snapshot.Cell> cells = s.frames().get(f).cells();
                for (int c = cells.size() - 1; c >= 0; c--) row(sb, s, cells.get(c), cells.get(c).name());
            }
            return sb.append('\n').toString();
        }

        /**
         * Every heap address from the top down to the lowest live block: a live cell shows its value
         * (its name column is empty, as in the chapter), a free one between live blocks only its
         * address, so holes stay visible. Then the row that separates heap and stack.
         */
        private void heapRows(StringBuilder sb, Snapshot s) {
            if (s.heap().isEmpty()) return;
            long next = s.memorySize() - 1;
            for (Snapshot.Block block : s.heap()) {
                long blockTop = block.address() + block.size() - 1;
                for (; next > blockTop; next--) sb.append(Addresses.format(next, s)).append('\n');
                for (int c = block.cells().size() - 1; c >= 0; c--) row(sb, s, block.cells().get(c), "");
                next = block.address() - 1;
            }
            sb.append("... ... ...\n");
        }

        private void row(StringBuilder sb, Snapshot s, Snapshot.Cell cell, String name) {
            sb.append(Addresses.format(cell.address(), s));
            if (!name.isEmpty()) sb.append(' ').append(name);
            sb.append(' ').append(cell.initialised()
                    ? Addresses.value(cell.kind(), cell.bits(), s) : "??????");
            sb.append('\n');
        }
    },

    JSON {
        @Override
        public String render(Snapshot s) {
            Json j = new Json();
            j.open('{').key("event").string(s.event()).key("caption").string(s.caption())
                    .key("memory_size").number(s.memorySize()).key("stack_cells").number(s.stackCells())
                    .key("frames").open('[');
            for (Snapshot.Frame f : s.frames()) {
                j.open('{').key("function").string(f.function()).key("base").number(f.base()).key("cells").open('[');
                for (Snapshot.Cell c : f.cells()) cell(j, s, c);
                j.close(']').close('}');
            }
            j.close(']').key("heap").open('[');
            for (Snapshot.Block b : s.heap()) {
                j.open('{').key("address").number(b.address()).key("size").number(b.size())
                        .key("type").string(b.type()).key("owner");
                if (b.owner() == null) {
                    j.nullValue();
                } else {
                    j.open('{').key("address").number(b.owner().address()).key("name").string(b.owner().name()).close('}');
                }
                j.key("cells").open('[');
                for (Snapshot.Cell c : b.cells()) cell(j, s, c);
                j.close(']').close('}');
            }
            return j.close(']').close('}').text() + "\n";
        }

        private void cell(Json j, Snapshot s, Snapshot.Cell c) {
            j.open('{').key("address").number(c.address()).key("name").string(c.name()).key("type").string(c.type())
                    .key("initialised").bool(c.initialised());
            if (c.initialised()) {
                j.key("value").string(Addresses.value(c.kind(), c.bits(), s));
                if (c.kind().isPointer()) j.key("target").number(c.bits());
            }
            j.close('}');
        }
    };

    /** The snapshot as text ending in a newline. */
    public abstract String render(Snapshot snapshot);

    /** A minimal JSON writer: the runtime has no dependencies, and the schema is small and fixed. */
    private static final class Json {
        private final StringBuilder sb = new StringBuilder();
        private boolean needComma;

        Json open(char bracket) { separate(); sb.append(bracket); needComma = false; return this; }

        Json close(char bracket) { sb.append(bracket); needComma = true; return this; }

        Json key(String key) { separate(); quote(key); sb.append(':'); needComma = false; return this; }

        Json string(String value) { separate(); quote(value); needComma = true; return this; }

        Json number(long value) { separate(); sb.append(value); needComma = true; return this; }

        Json bool(boolean value) { separate(); sb.append(value); needComma = true; return this; }

        Json nullValue() { separate(); sb.append("null"); needComma = true; return this; }

        String text() { return sb.toString(); }

        private void separate() { if (needComma) sb.append(','); }

        private void quote(String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20) sb.append(String.format("\\u%04x", (int) c)); else sb.append(c);
                    }
                }
            }
            sb.append('"');
        }
    }
}
