package org.herald.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.herald.model.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcSourceTest {
  @TempDir
  Path dir;

  private static final String PAGE = "<html><head><title>Quay works</title></head><body><article>"
      + "<p>Work on the north quay began on Monday and will last until the autumn, the harbour board said.</p>"
      + "</article></body></html>";

  private static byte[] record(String type, String uri, String contentType, String block) {
    byte[] body = block.getBytes(StandardCharsets.UTF_8);
    String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri
        + "\r\nWARC-Date: 2024-06-17T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(body)
        + ">\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static byte[] response(String uri, String httpContentType, String body) {
    return record("response", uri, "application/http; msgtype=response",
        "HTTP/1.1 200 OK\r\nContent-Type: " + httpContentType + "\r\n\r\n" + body);
  }

  private static List<Read> readAll(Path file) {
    List<Read> reads = new ArrayList<>();
    try (WarcSource source = Sources.warc(file)) {
      source.forEachRemaining(reads::add);
    }
    return reads;
  }

  @Test
  void readsHtmlResponsesAndPassesOverOtherRecords() throws Exception {
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    warc.writeBytes(record("warcinfo", "", "application/warc-fields", "software: hand-written\r\n"));
    warc.writeBytes(record("request", "https://example.org/quay", "application/http; msgtype=request",
        "GET /quay HTTP/1.1\r\nHost: example.org\r\n\r\n"));
    warc.writeBytes(response("https://example.org/quay", "text/html; charset=utf-8", PAGE));
    warc.writeBytes(response("https://example.org/logo.png", "image/png", "PNG"));
    Path file = dir.resolve("crawl.warc");
    Files.write(file, warc.toByteArray());
    List<Read> reads = readAll(file);
    assertThat(reads).singleElement().satisfies(r -> {
      assertThat(r.isOk()).isTrue();
      assertThat(r.document().url()).isEqualTo("https://example.org/quay");
      assertThat(r.document().mediaType()).isEqualTo(MediaType.HTML);
      assertThat(r.document().content()).contains("north quay");
    });
  }

  @Test
  void readsGzippedRecordsOneMemberEach() throws Exception {
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    for (String uri : List.of("https://example.org/one", "https://example.org/two")) {
      ByteArrayOutputStream member = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
        gz.write(response(uri, "text/html", PAGE));
      }
      warc.writeBytes(member.toByteArray());
    }
    Path file = dir.resolve("crawl.warc.gz");
    Files.write(file, warc.toByteArray());
    assertThat(readAll(file)).extracting(r -> r.document().url())
        .containsExactly("https://example.org/one", "https://example.org/two");
  }

  @Test
  void aTruncatedRecordIsReportedAfterTheGoodOnes() throws Exception {
    byte[] good = response("https://example.org/ok", "text/html", PAGE);
    byte[] cut = response("https://example.org/cut", "text/html", PAGE);
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    warc.writeBytes(good);
    warc.write(cut, 0, cut.length / 2);
    Path file = dir.resolve("cut.warc");
    Files.write(file, warc.toByteArray());
    List<Read> reads = readAll(file);
    assertThat(reads.get(0).isOk()).isTrue();
    assertThat(reads).last().satisfies(r -> assertThat(r.isOk()).isFalse());
  }

  @Test
  void aFolderOfArchivesAndPagesIsReadThroughFileSource() throws Exception {
    Files.write(dir.resolve("a.warc"), response("https://example.org/a", "text/html", PAGE));
    Files.writeString(dir.resolve("b.html"), PAGE);
    List<Read> reads = new ArrayList<>();
    Sources.files(List.of(dir.toString()), java.io.InputStream.nullInputStream()).forEach(reads::add);
    assertThat(reads).hasSize(2).allMatch(Read::isOk);
    assertThat(reads.get(0).document().url()).isEqualTo("https://example.org/a");
  }
}
