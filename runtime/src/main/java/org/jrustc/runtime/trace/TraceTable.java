package org.jrustc.runtime.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * What a traced program tells the tracer about itself, fixed at compile time: for every function its
 * name and the cells of its frame, and for every kind of heap block (one per boxed type) its cells.
 * Generated code refers to both by index. The compiler encodes the table as text into the program
 * class ({@link #encode}); the tracer decodes it once at start-up ({@link #decode}).
 *
 * @param functions indexed by the function number generated code passes to the tracer
 * @param blocks    indexed by the block-layout number passed with every traced allocation
 */
public record TraceTable(List<FunctionLayout> functions, List<BlockLayout> blocks) {

    /**
     * @param paramCells the first cells of the frame hold the parameters, initialised on entry
     * @param cells      the named cells of the frame, by offset
     */
    public record FunctionLayout(String name, int frameSize, int paramCells, List<CellLayout> cells) {}

    /** The cells of a heap block holding one value of {@code type}. */
    public record BlockLayout(String type, int size, List<CellLayout> cells) {}

    /**
     * One cell of a frame or block: its offset from the start, its name ({@code p.x}; in a heap block
     * the field path alone, {@code .x}, or empty), the Rust type of the cell's own value and how to
     * print it.
     */
    public record CellLayout(int offset, String name, String type, CellKind kind) {}

    public TraceTable {
        functions = List.copyOf(functions);
        blocks = List.copyOf(blocks);
    }

    /**
     * One line per function ({@code F name frameSize paramCells}) or block layout ({@code B type
     * size}), each followed by one line per cell ({@code C offset kind name type}); fields are
     * separated by tabs, which no name or type contains.
     */
    public String encode() {
        StringBuilder sb = new StringBuilder();
        for (FunctionLayout f : functions) {
            line(sb, "F", f.name(), Integer.toString(f.frameSize()), Integer.toString(f.paramCells()));
            cells(sb, f.cells());
        }
        for (BlockLayout b : blocks) {
            line(sb, "B", b.type(), Integer.toString(b.size()));
            cells(sb, b.cells());
        }
        return sb.toString();
    }

    private static void cells(StringBuilder sb, List<CellLayout> cells) {
        for (CellLayout c : cells) line(sb, "C", Integer.toString(c.offset()), String.valueOf(c.kind().code), c.name(), c.type());
    }

    private static void line(StringBuilder sb, String... fields) {
        for (String field : fields) {
            if (field.indexOf('\t') >= 0 || field.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a trace table field may not contain a tab or newline: " + field);
            }
        }
        sb.append(String.join("\t", fields)).append('\n');
    }

    public static TraceTable decode(String text) {
        List<FunctionLayout> functions = new ArrayList<>();
        List<BlockLayout> blocks = new ArrayList<>();
        String[] header = null;
        List<CellLayout> cells = new ArrayList<>();
        for (String line : (text + "E\n").split("\n")) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("C")) {
                cells.add(new CellLayout(Integer.parseInt(f[1]), f[3], f[4], CellKind.ofCode(f[2].charAt(0))));
                continue;
            }
            if (header != null && header[0].equals("F")) {
                functions.add(new FunctionLayout(header[1], Integer.parseInt(header[2]), Integer.parseInt(header[3]),
                        List.copyOf(cells)));
            } else if (header != null) {
                blocks.add(new BlockLayout(header[1], Integer.parseInt(header[2]), List.copyOf(cells)));
            }
            header = f;
            cells.clear();
        }
        return new TraceTable(functions, blocks);
    }
}
