package com.payerlink.core.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * A link that downloads a CSV file: UTF-8 with a byte-order mark, written straight to the response
 * while it is produced (never held in memory whole). The download runs in its own request, outside
 * the session lock, so what it writes must read only values the view copied for it.
 */
public final class CsvDownload {

    // Spreadsheets read UTF-8 (names in any script) only when the file says so.
    static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    /** Writes the file's lines; the download closes the writer. */
    @FunctionalInterface
    public interface Content {

        void writeTo(Writer out) throws IOException;

    }

    private CsvDownload() {
    }

    /** A download link with an icon and a label that saves the file under a fixed name. */
    public static Anchor link(String label, String fileName, Content content) {
        Anchor anchor = link(label, () -> fileName, content);
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }

    /** A download link whose file name is decided when the user clicks it, e.g. after the uploaded file. */
    public static Anchor link(String label, Supplier<String> fileName, Content content) {
        Anchor anchor = new Anchor(handler(fileName, content), AttachmentType.DOWNLOAD, "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(label));
        return anchor;
    }

    /** The download itself, for a link that is built elsewhere. */
    public static DownloadHandler handler(Supplier<String> fileName, Content content) {
        return event -> {
            event.setFileName(fileName.get());
            event.setContentType("text/csv;charset=UTF-8");
            OutputStream bytes = event.getOutputStream();
            bytes.write(UTF8_BOM);
            try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
        };
    }

}
