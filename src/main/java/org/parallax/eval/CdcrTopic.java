package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One topic of a corpus as Diverse_CDCR_datasets prepares it ({@code T/annotation/original/T.conll} and
 * {@code entity_mentions_T.json}): its documents as tokens, and its gold entity mentions.
 *
 * @param documents by conll document key ({@code 1/1ecb/10}, {@code corpus_airbus/100911}), in file order:
 *     those the topic's entity or event mentions name (the conll files of ECB+ topics 2 to 9 also hold
 *     the documents of topics 20 to 45, which are not part of the topic)
 * @param mentions the gold entity mentions whose tokens are in the documents, in file order
 * @param events the gold event mentions ({@code event_mentions_T.json}, if there is one) whose tokens are
 *     in the documents, in file order
 * @param nominalEvents those of {@code events} whose head is a noun or a name ({@code mention_head_pos}
 *     {@code NOUN} or {@code PROPN}: "the earthquake", "the acquisition", "Watergate"), the events a
 *     referent can hold
 * @param unplaced gold entity mentions left out because their document, sentence or tokens are not in the
 *     conll
 */
record CdcrTopic(
    String name,
    Map<String, Document> documents,
    List<GoldMention> mentions,
    List<GoldMention> events,
    List<GoldMention> nominalEvents,
    int unplaced) {

  /**
   * A document's sentences (by their number in the conll), each a list of tokens.
   *
   * @param annotated the sentences with any coreference mark in the conll (entity or event): ECB+ and
   *     MEANTIME annotate only some sentences of a document
   */
  record Document(String key, TreeMap<Integer, List<String>> sentences, Set<Integer> annotated) {}

  /**
   * A gold mention: its tokens (indices into its sentence), its head token, its chain and type.
   *
   * @param text the mention as the annotation gives it ({@code tokens_str})
   */
  record GoldMention(
      String id,
      String document,
      int sentence,
      List<Integer> tokens,
      int head,
      String chain,
      String type,
      String headLemma,
      String text) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The parts of speech of a nominal event mention's head, as the datasets give them. */
  private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN");

  static Path conll(Path folder) {
    return folder.resolve("annotation").resolve("original").resolve(folder.getFileName() + ".conll");
  }

  static Path entities(Path folder) {
    return folder.resolve("annotation").resolve("original").resolve("entity_mentions_" + folder.getFileName() + ".json");
  }

  static Path events(Path folder) {
    return folder.resolve("annotation").resolve("original").resolve("event_mentions_" + folder.getFileName() + ".json");
  }

  /** Whether {@code folder} is a topic folder (holds its conll and entity mentions). */
  static boolean isTopic(Path folder) {
    return Files.isRegularFile(conll(folder)) && Files.isRegularFile(entities(folder));
  }

  static CdcrTopic read(Path folder) throws IOException {
    Map<String, Document> documents = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(conll(folder), StandardCharsets.UTF_8);
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 4) {
        throw new IOException(conll(folder) + ": not a conll line: " + line);
      }
      Document d = documents.computeIfAbsent(f[0], k -> new Document(k, new TreeMap<>(), new HashSet<>()));
      int sentence = Integer.parseInt(f[1]);
      List<String> tokens = d.sentences().computeIfAbsent(sentence, k -> new ArrayList<>());
      if (f.length > 4 && !f[4].isBlank() && !f[4].strip().equals("-")) {
        d.annotated().add(sentence);
      }
      int index = Integer.parseInt(f[2]);
      if (index != tokens.size()) {
        throw new IOException(conll(folder) + ": token " + index + " out of order in " + f[0] + " sentence " + f[1]);
      }
      tokens.add(f[3]);
    }
    JsonNode all = JSON.readTree(entities(folder).toFile());
    Set<String> named = new HashSet<>();
    all.forEach(m -> named.add(m.path("conll_doc_key").asText()));
    JsonNode allEvents = Files.isRegularFile(events(folder)) ? JSON.readTree(events(folder).toFile()) : JSON.createArrayNode();
    allEvents.forEach(m -> named.add(m.path("conll_doc_key").asText()));
    if (!named.isEmpty()) {
      documents.keySet().retainAll(named);
    }
    List<GoldMention> mentions = placed(all, documents, true);
    List<GoldMention> events = placed(allEvents, documents, false);
    List<JsonNode> nominal = new ArrayList<>();
    allEvents.forEach(m -> {
      if (NOMINAL.contains(m.path("mention_head_pos").asText())) {
        nominal.add(m);
      }
    });
    List<GoldMention> nominalEvents = placed(nominal, documents, false);
    return new CdcrTopic(folder.getFileName().toString(), documents, mentions, events, nominalEvents, all.size() - mentions.size());
  }

  /**
   * The mentions of {@code all} whose document, sentence and tokens the conll holds, in file order; with
   * {@code nounHeads}, each with the noun as its head ({@link #nounHead}).
   */
  private static List<GoldMention> placed(Iterable<JsonNode> all, Map<String, Document> documents, boolean nounHeads) {
    List<GoldMention> out = new ArrayList<>();
    for (JsonNode m : all) {
      GoldMention g = mention(m);
      Document d = documents.get(g.document());
      List<String> sentence = d == null ? null : d.sentences().get(g.sentence());
      if (sentence != null && inside(g, sentence.size())) {
        GoldMention h = headInside(g, sentence);
        out.add(nounHeads ? nounHead(h, sentence) : h);
      }
    }
    return out;
  }

  private static GoldMention mention(JsonNode m) {
    List<Integer> tokens = new ArrayList<>();
    m.path("tokens_number").forEach(t -> tokens.add(t.asInt()));
    String lemma = m.path("mention_head_lemma").asText(m.path("mention_head").asText(""));
    return new GoldMention(
        m.path("mention_id").asText(),
        m.path("conll_doc_key").asText(),
        m.path("sent_id").asInt(-1),
        tokens,
        m.path("mention_head_id").asInt(-1),
        m.path("coref_chain").asText(),
        m.path("mention_type").asText(""),
        lemma,
        m.path("tokens_str").asText(""));
  }

  /** Prepositions the annotation's parse sometimes gives as the head of a span ("in Queens"). */
  private static final Set<String> PREPOSITIONS =
      Set.of("in", "on", "at", "of", "from", "to", "between", "for", "near", "outside", "into", "inside", "with",
          "by", "about", "across", "along", "around", "over", "under", "off", "through", "toward", "towards");

  /**
   * {@code g} with the noun as its head where the annotation's parse gave a preposition: about one gold
   * mention in eight of ECB+ ("in Queens", "on Tuesday", "the federal prison in Springfield") would
   * otherwise match no mention of the entity itself. The head becomes the noun before the preposition,
   * or, for a span that starts with it, the last word of the phrase after it (up to the next preposition
   * or comma). The head lemma stays the annotation's, so the same-head-lemma baseline is the published
   * one.
   */
  static GoldMention nounHead(GoldMention g, List<String> sentence) {
    String head = sentence.get(g.head());
    if (!PREPOSITIONS.contains(head.toLowerCase(java.util.Locale.ROOT)) || g.tokens().size() < 2) {
      return g;
    }
    List<Integer> tokens = g.tokens().stream().sorted().toList();
    int at = tokens.indexOf(g.head());
    int noun = -1;
    if (at > 0) {
      noun = tokens.get(at - 1);
    } else {
      for (int k = at + 1; k < tokens.size(); k++) {
        String w = sentence.get(tokens.get(k)).toLowerCase(java.util.Locale.ROOT);
        if (PREPOSITIONS.contains(w) || w.equals(",")) {
          break;
        }
        noun = tokens.get(k);
      }
    }
    if (noun < 0) {
      return g;
    }
    return new GoldMention(g.id(), g.document(), g.sentence(), g.tokens(), noun, g.chain(), g.type(), g.headLemma(), g.text());
  }

  /**
   * {@code g} with a head among its own tokens. In some MEANTIME documents the annotation's head index
   * is off by a few tokens and lies outside the span ("London", tokens [17], head 19: "Sydney" two words
   * on), which made the engine's mention of Sydney match the key's London. The head becomes the span's
   * token that is the head lemma (ignoring case), else its last token.
   */
  static GoldMention headInside(GoldMention g, List<String> sentence) {
    if (g.tokens().contains(g.head())) {
      return g;
    }
    List<Integer> tokens = g.tokens().stream().sorted().toList();
    int head = tokens.get(tokens.size() - 1);
    for (int t : tokens) {
      if (sentence.get(t).equalsIgnoreCase(g.headLemma())) {
        head = t;
      }
    }
    return new GoldMention(g.id(), g.document(), g.sentence(), g.tokens(), head, g.chain(), g.type(), g.headLemma(), g.text());
  }

  private static boolean inside(GoldMention g, int size) {
    if (g.tokens().isEmpty() || g.head() < 0 || g.head() >= size) {
      return false;
    }
    return g.tokens().stream().allMatch(t -> t >= 0 && t < size);
  }
}
