package org.herald.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.herald.model.MediaType;
import org.herald.model.RawDocument;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
  private static List<RawDocument> items(String xml) {
    return items(xml.getBytes(StandardCharsets.UTF_8));
  }

  private static List<RawDocument> items(byte[] bytes) {
    assertThat(FeedReader.isFeed(bytes, null)).isTrue();
    return FeedReader.read(bytes, "feed.xml", "feed.xml").stream().map(Read::document).toList();
  }

  @Test
  void readsEachRss2ItemWithTitleLinkDateAndFullContent() {
    List<RawDocument> docs = items("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Harbour News</title>
        <item><title>Ferry service resumes</title><link>https://example.org/ferry</link>
          <pubDate>Tue, 04 Jun 2024 08:15:00 +0200</pubDate>
          <description>Short teaser.</description>
          <content:encoded><![CDATA[<p>The ferry between the two islands ran again on Monday.</p>]]></content:encoded>
        </item>
        <item><title>Port strike ends</title><guid>https://example.org/strike</guid>
          <description>Dock workers returned to work after a three-day strike over pay.</description></item>
        </channel></rss>""");
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).title()).isEqualTo("Ferry service resumes");
    assertThat(docs.get(0).url()).isEqualTo("https://example.org/ferry");
    assertThat(docs.get(0).published()).isEqualTo(LocalDate.of(2024, 6, 4));
    assertThat(docs.get(0).content()).contains("ran again on Monday").doesNotContain("teaser");
    assertThat(docs.get(0).mediaType()).isEqualTo(MediaType.HTML);
    assertThat(docs.get(1).url()).isEqualTo("https://example.org/strike");
    assertThat(docs.get(1).content()).startsWith("Dock workers");
    assertThat(docs.get(1).mediaType()).isEqualTo(MediaType.TEXT);
  }

  @Test
  void readsAtomEntriesWithAlternateLinkAndPublishedDate() {
    List<RawDocument> docs = items("""
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Post</title>
        <entry><title type="html">Bridge &lt;b&gt;reopens&lt;/b&gt;</title>
          <link rel="self" href="https://example.org/self"/><link rel="alternate" href="https://example.org/bridge"/>
          <id>tag:example.org,2024:1</id><updated>2024-05-02T10:00:00Z</updated>
          <published>2024-05-01T09:00:00Z</published>
          <summary>The old bridge over the river reopened to traffic after repairs.</summary></entry>
        </feed>""");
    assertThat(docs).singleElement().satisfies(d -> {
      assertThat(d.title()).isEqualTo("Bridge reopens");
      assertThat(d.url()).isEqualTo("https://example.org/bridge");
      assertThat(d.published()).isEqualTo(LocalDate.of(2024, 5, 1));
      assertThat(d.content()).contains("reopened to traffic");
    });
  }

  @Test
  void readsRss1ItemsBesideTheChannel() {
    List<RawDocument> docs = items("""
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://example.org/"><title>Hill Gazette</title></channel>
        <item rdf:about="https://example.org/a"><title>Snow closes pass</title>
          <link>https://example.org/a</link><dc:date>2024-01-09</dc:date>
          <description>The mountain pass closed after heavy snow overnight.</description></item>
        <item rdf:about="https://example.org/b"><title>Pass reopens</title>
          <description>Ploughs cleared the road by noon.</description></item>
        </rdf:RDF>""");
    assertThat(docs).extracting(RawDocument::url).containsExactly("https://example.org/a", "https://example.org/b");
    assertThat(docs.get(0).published()).isEqualTo(LocalDate.of(2024, 1, 9));
  }

  @Test
  void readsLatin1BytesWithoutDeclarationAndALeadingNewline() {
    String xml = "\n<rss><channel><item><title>Ação na praça</title><link>https://example.org/p</link>"
        + "<pubDate>Seg, 24 Set 2018 19:42:40 -0300</pubDate><description>Moradores se reúnem.</description>"
        + "</item></channel></rss>";
    List<RawDocument> docs = items(xml.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(docs.get(0).title()).isEqualTo("Ação na praça");
    assertThat(docs.get(0).published()).isEqualTo(LocalDate.of(2018, 9, 24));
    assertThat(docs.get(0).content()).isEqualTo("Moradores se reúnem.");
  }

  @Test
  void neverExpandsDeclaredOrExternalEntities() throws Exception {
    Path secret = Files.createTempFile("herald-secret", ".txt");
    Files.writeString(secret, "TOPSECRET");
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
        + "<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
        + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
        + "<!ENTITY x SYSTEM \"" + secret.toUri() + "\">\n]>\n"
        + "<rss><channel><item><title>Bomb &d;</title><description>Leak &x; here.</description></item>"
        + "</channel></rss>";
    List<RawDocument> docs = items(xml);
    assertThat(docs.get(0).title().length()).isLessThan(100);
    assertThat(docs.get(0).content()).doesNotContain("TOPSECRET");
  }

  @Test
  void anItemWithNeitherTitleNorTextIsReportedAndTheOthersStillRead() {
    String xml = "<rss><channel><item><link>https://example.org/x</link></item>"
        + "<item><title>Kept</title></item></channel></rss>";
    List<Read> reads = FeedReader.read(xml.getBytes(StandardCharsets.UTF_8), null, "f.rss");
    assertThat(reads).hasSize(2);
    assertThat(reads.get(0).isOk()).isFalse();
    assertThat(reads.get(0).origin()).isEqualTo("f.rss#1");
    assertThat(reads.get(1).document().title()).isEqualTo("Kept");
  }

  @Test
  void readsRfc822DatesInSeveralLanguages() {
    assertThat(FeedDates.parse("Wed, 31 Jan 2018 07:26:05 GMT")).isEqualTo(LocalDate.of(2018, 1, 31));
    assertThat(FeedDates.parse("mar., 12 déc. 2023 10:00:00 +0100")).isEqualTo(LocalDate.of(2023, 12, 12));
    assertThat(FeedDates.parse("Di, 01 Okt 2024 07:00:00 +0200")).isEqualTo(LocalDate.of(2024, 10, 1));
    assertThat(FeedDates.parse("2016-02-01T16:22:00.000Z")).isEqualTo(LocalDate.of(2016, 2, 1));
    assertThat(FeedDates.parse("sometime soon")).isNull();
  }

  @Test
  void theSharedFeedsGiveTheItemsTheirExpectedOutputsList() throws Exception {
    Path dir = Path.of("../../shared/data/html/feeds/rss-parser");
    assumeThat(Files.isDirectory(dir)).as("shared feeds present").isTrue();
    ObjectMapper json = new ObjectMapper();
    for (String name : List.of("guardian.rss", "heise.atom", "uolNoticias.rss", "feedburner.atom", "reddit.rss")) {
      List<Read> reads = FeedReader.read(Files.readAllBytes(dir.resolve("input").resolve(name)), null, name);
      String stem = name.substring(0, name.indexOf('.'));
      JsonNode expected = json.readTree(dir.resolve("expected_output").resolve(stem + ".json").toFile())
          .path("feed").path("items");
      assertThat(reads).as(name).hasSize(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        RawDocument d = reads.get(i).document();
        String title = expected.get(i).path("title").asText();
        if (!title.contains("\ufffd")) { // the reference read the Latin-1 feed as UTF-8; we read it right
          assertThat(d.title()).as(name + " title " + i).isEqualTo(title.strip());
        }
        assertThat(d.url()).as(name + " link " + i).isEqualTo(expected.get(i).path("link").asText());
        assertThat(d.published()).as(name + " date " + i).isNotNull();
      }
    }
    Path spiegel = Path.of("../../shared/data/html/feeds/meteor-scrape/spiegel-feed.xml");
    List<Read> reads = FeedReader.read(Files.readAllBytes(spiegel), null, "spiegel");
    assertThat(reads).hasSize(30).allMatch(Read::isOk);
    assertThat(reads).allSatisfy(r -> assertThat(r.document().title()).doesNotContain("Ã"));
  }
}
