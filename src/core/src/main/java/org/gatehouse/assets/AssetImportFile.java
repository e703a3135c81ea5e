package org.gatehouse.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gatehouse.validation.InvalidInputException;

/**
 * A CSV file of one customer's assets, read as far as the file alone can tell: a file Gatehouse cannot read is refused
 * whole; a row with the wrong number of values, a code already on an earlier row, or parents that lead back to the row is
 * refused on its own. The other rows come in the order they are imported: a parent in the file before the rows below
 * it, wherever it stands in the file.
 *
 * <p>Rows are numbered as a spreadsheet shows them: the header is row 1.
 */
public final class AssetImportFile {

    /** The columns, as the template has them; {@code code} and {@code name} are required. */
    static final List<String> COLUMNS = List.of("code", "name", "parent_code", "type", "make", "model", "serial_number", "location",
            "notes", "status");
    static final int MOST_ROWS = 20_000;
    static final int MOST_BYTES = 10 * 1024 * 1024;

    private static final String FILE = "importFile";

    private final List<AssetImportRow> rows;
    private final List<AssetImportProblem> problems;

    private AssetImportFile(List<AssetImportRow> rows, List<AssetImportProblem> problems) {
        this.rows = List.copyOf(rows);
        this.problems = List.copyOf(problems);
    }

    /** The rows to import, parents in the file first. */
    public List<AssetImportRow> rows() {
        return rows;
    }

    /** The rows refused for what the file alone tells. */
    public List<AssetImportProblem> problems() {
        return problems;
    }

    /** Every row below the header that holds anything. */
    public int size() {
        return rows.size() + problems.size();
    }

    /** @throws InvalidInputException when the file is not a CSV of assets Gatehouse can read: nothing of it is imported */
    public static AssetImportFile read(InputStream content) {
        String text = text(content);
        char delimiter = delimiter(text);
        List<AssetImportRow> read = new ArrayList<>();
        List<AssetImportProblem> problems = new ArrayList<>();
        Map<String, Integer> rowOfCode = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true).get())) {
            List<String> header = null;
            try {
                for (CSVRecord record : parser) {
                    if (header == null) {
                        header = header(record);
                    } else if (!blank(record)) {
                        if (read.size() + problems.size() == MOST_ROWS) {
                            throw new InvalidInputException(FILE, "The file has more than " + String.format(Locale.ROOT, "%,d", MOST_ROWS)
                                    + " rows. Please split it into smaller files: nothing was imported.");
                        }
                        row(record, header, rowOfCode, read, problems);
                    }
                }
            } catch (UncheckedIOException unreadable) {
                throw new InvalidInputException(FILE, "Gatehouse cannot read row " + (parser.getRecordNumber() + 1) + " of this file as CSV: "
                        + "a quote is not closed, or something follows a closing quote. Nothing was imported.");
            }
            if (header == null) {
                throw new InvalidInputException(FILE, "The file is empty.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (read.isEmpty() && problems.isEmpty()) {
            throw new InvalidInputException(FILE, "The file has no rows below its header.");
        }
        return inImportOrder(read, rowOfCode, problems);
    }

    /** UTF-8, as spreadsheets save "CSV UTF-8"; the byte order mark some put first is not part of the header. */
    private static String text(InputStream content) {
        byte[] bytes;
        try (content) {
            bytes = content.readNBytes(MOST_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
        if (bytes.length > MOST_BYTES) {
            throw new InvalidInputException(FILE, "The file is larger than " + MOST_BYTES / (1024 * 1024) + " MB. Please split it into smaller "
                    + "files: nothing was imported.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(FILE, "The file is not UTF-8 text. Please save it from your spreadsheet as \"CSV UTF-8\" "
                    + "(not as a workbook): nothing was imported.");
        }
        if (text.indexOf('\0') >= 0) {
            throw new InvalidInputException(FILE, "The file is not a CSV text file. Please save it from your spreadsheet as \"CSV UTF-8\": "
                    + "nothing was imported.");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A spreadsheet set to a language that writes decimal commas saves its CSV with semicolons; the header says which. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }

    private static List<String> header(CSVRecord record) {
        List<String> names = new ArrayList<>();
        for (String value : record) {
            String name = value.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (!COLUMNS.contains(name)) {
                throw new InvalidInputException(FILE, (name.isEmpty() ? "A column has no name" : "The column \"" + value.strip() + "\" is not one Gatehouse "
                        + "knows") + ". The first row names the columns, from: " + String.join(", ", COLUMNS) + ". Nothing was imported.");
            }
            if (names.contains(name)) {
                throw new InvalidInputException(FILE, "The column \"" + name + "\" is there twice. Nothing was imported.");
            }
            names.add(name);
        }
        for (String required : List.of("code", "name")) {
            if (!names.contains(required)) {
                throw new InvalidInputException(FILE, "The first row names the columns and needs at least code and name; \"" + required
                        + "\" is missing. Nothing was imported.");
            }
        }
        return names;
    }

    /** A row with nothing in it (an empty line, or a spreadsheet's row of empty cells) is no asset. */
    private static boolean blank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    private static void row(CSVRecord record, List<String> header, Map<String, Integer> rowOfCode, List<AssetImportRow> read,
                            List<AssetImportProblem> problems) {
        int number = Math.toIntExact(record.getRecordNumber());
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
            values.put(header.get(i), record.get(i).strip());
        }
        AssetImportRow row = new AssetImportRow(number, value(values, "code"), value(values, "name"), value(values, "parent_code"), null,
                value(values, "type"), value(values, "make"), value(values, "model"), value(values, "serial_number"), value(values, "location"),
                value(values, "notes"), value(values, "status"));
        Integer first = row.code().isEmpty() ? null : rowOfCode.putIfAbsent(row.code(), number);
        if (record.size() != header.size()) {
            problems.add(new AssetImportProblem(number, row.code(), null,
                    "This row has " + record.size() + " values where the header has " + header.size() + " columns."));
        } else if (first != null) {
            problems.add(new AssetImportProblem(number, row.code(), "code", "The code " + row.code() + " is already on row " + first + " of this file."));
        } else {
            read.add(row);
        }
    }

    private static String value(Map<String, String> values, String column) {
        return values.getOrDefault(column, "");
    }

    /**
     * Parents first: each row after the row of its parent code, when that is in the file; rows whose parent codes lead
     * back to themselves are refused.
     */
    private static AssetImportFile inImportOrder(List<AssetImportRow> read, Map<String, Integer> rowOfCode, List<AssetImportProblem> problems) {
        Map<String, AssetImportRow> byCode = new HashMap<>();
        List<AssetImportRow> rows = new ArrayList<>();
        for (AssetImportRow row : read) {
            AssetImportRow placed = row.parentCode().isEmpty() ? row : row.withParentRow(rowOfCode.get(row.parentCode()));
            rows.add(placed);
            if (!placed.code().isEmpty()) {
                byCode.put(placed.code(), placed);
            }
        }
        List<AssetImportRow> ordered = new ArrayList<>();
        Map<AssetImportRow, Placing> placed = new IdentityHashMap<>();
        for (AssetImportRow row : rows) {
            List<AssetImportRow> chain = new ArrayList<>();
            AssetImportRow at = row;
            while (at != null && !placed.containsKey(at)) {
                placed.put(at, Placing.ON_THE_WAY);
                chain.add(at);
                at = at.parentCode().isEmpty() ? null : byCode.get(at.parentCode());
            }
            int loopStart = at != null && placed.get(at) == Placing.ON_THE_WAY ? chain.indexOf(at) : chain.size();
            List<AssetImportRow> loop = chain.subList(loopStart, chain.size());
            for (int i = 0; i < loop.size(); i++) {
                List<String> around = new ArrayList<>();
                for (int step = 0; step <= loop.size(); step++) {
                    around.add(loop.get((i + step) % loop.size()).code());
                }
                problems.add(new AssetImportProblem(loop.get(i).number(), loop.get(i).code(), "parent_code",
                        "Its parent codes lead back to it: " + String.join(" > ", around) + "."));
            }
            for (int i = loopStart - 1; i >= 0; i--) {
                ordered.add(chain.get(i));
            }
            chain.forEach(done -> placed.put(done, Placing.PLACED));
        }
        return new AssetImportFile(ordered, problems);
    }

    /** Where a row is while the rows are put in order: absent until then. */
    private enum Placing {
        /** On the chain of parents of the row being placed. */
        ON_THE_WAY,
        /** In the order, or refused. */
        PLACED
    }
}
