package org.parallax.quotes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.parallax.corpus.Article;
import org.parallax.quotes.NameIndex.Named;
import org.parallax.text.Tok;

/**
 * One canonical name per speaker across a corpus: "Kerry", "John Kerry", "Secretary Kerry" and
 * "US Secretary of State John Kerry" all become "John Kerry"; "Sergey Lavrov" and "Sergei
 * Lavrov" become one of the two.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Titles are stripped first (Secretary, President, spokesman, Defense Secretary, US,
 *       Russian, foreign minister...: see {@link Mention}).
 *   <li>Full names (two words or more) with the same surname, compared without accents and
 *       without an Arabic article ("al-Assad" = "Assad"), and the same first-name initial are one
 *       person: spelling variants ("Sergey"/"Sergei") and short forms ("Ash"/"Ashton") join.
 *       Different initials stay apart ("Jeb Bush", "George Bush").
 *   <li>The canonical form of a person is the full form used by the most articles; ties go to
 *       the form mentioned most often, then to the form under which the person is quoted most,
 *       then to the longer form, then alphabetically, so the choice is stable.
 *   <li>A surname alone joins the person with that surname mentioned most across the corpus.
 *   <li>A role ("Russian foreign minister") that the extractor could not resolve inside its
 *       article is resolved against the titles the whole corpus gives ("Russian Foreign Minister
 *       Sergei Lavrov"), strictly: same head noun, all qualifiers present, and a single person
 *       matching best. Otherwise it stays a role, spelled as most articles spell it ("US
 *       official" for "U.S. official" too). Organisations are handled the same way.
 * </ul>
 *
 * <p>Invariants: {@link #forms()} maps every speaker form seen in the quotations (and every full
 * name form of a quoted person seen in the articles) to its canonical name; canonical names map
 * to themselves. Instances are immutable.
 */
public final class SpeakerNames {

  private final Map<String, String> forms;
  private final Map<String, String> surnames;

  private SpeakerNames(Map<String, String> forms, Map<String, String> surnames) {
    this.forms = Map.copyOf(forms);
    this.surnames = Map.copyOf(surnames);
  }

  /** Builds the canonical names for the speakers of {@code quotations} in {@code articles}. */
  public static SpeakerNames build(Collection<Article> articles,
      Collection<Quotation> quotations) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(quotations, "quotations");
    Map<String, Integer> articleCount = new HashMap<>();
    Map<String, Integer> mentionCount = new HashMap<>();
    Map<String, Integer> quotedCount = new HashMap<>();
    List<Named> titled = new ArrayList<>();
    // Each article's names on every core, then counted in the articles' order.
    List<List<Named>> namesOf = new ArrayList<>(articles).parallelStream()
        .map(a -> a.text() == null ? List.<Named>of() : NameIndex.of(a.text()).mentions())
        .toList();
    for (List<Named> names : namesOf) {
      Set<String> seen = new HashSet<>();
      for (Named m : names) {
        if (m.isFull()) {
          mentionCount.merge(m.name(), 1, Integer::sum);
          if (seen.add(m.name())) {
            articleCount.merge(m.name(), 1, Integer::sum);
          }
        }
        if (!m.titles().isEmpty()) {
          titled.add(m);
        }
      }
    }
    // Speakers as the extractor left them, split into personal names and the rest.
    Map<String, String> personOf = new LinkedHashMap<>();
    Set<String> others = new HashSet<>();
    for (Quotation q : quotations) {
      String s = q.speaker();
      if (s == null || personOf.containsKey(s) || others.contains(s)) {
        continue;
      }
      String name = personalName(s);
      if (name != null) {
        personOf.put(s, name);
      } else {
        others.add(s);
      }
    }
    for (Quotation q : quotations) {
      if (q.speaker() != null && personOf.containsKey(q.speaker())) {
        quotedCount.merge(personOf.get(q.speaker()), 1, Integer::sum);
      }
    }
    // Persons: cluster the full forms of every quoted surname by first-name initial.
    Set<String> surnameKeys = new HashSet<>();
    for (String name : personOf.values()) {
      surnameKeys.add(NameIndex.surnameKey(name));
    }
    Map<String, List<String>> clusters = new TreeMap<>();
    Set<String> fullForms = new HashSet<>(mentionCount.keySet());
    for (String name : personOf.values()) {
      if (name.indexOf(' ') > 0) {
        fullForms.add(name);
      }
    }
    for (String form : fullForms) {
      String key = NameIndex.surnameKey(form);
      if (!surnameKeys.contains(key)) {
        continue;
      }
      String initial = Lexicon.fold(form).substring(0, 1);
      clusters.computeIfAbsent(key + "|" + initial, k -> new ArrayList<>()).add(form);
    }
    Comparator<String> better =
        Comparator.<String>comparingInt(f -> articleCount.getOrDefault(f, 0))
            .thenComparingInt(f -> mentionCount.getOrDefault(f, 0))
            .thenComparingInt(f -> quotedCount.getOrDefault(f, 0))
            .thenComparingInt(f -> f.split(" ").length)
            .thenComparingInt(String::length)
            .thenComparing(Comparator.<String>reverseOrder());
    Map<String, String> forms = new HashMap<>();
    Map<String, String> surnames = new HashMap<>();
    Map<String, Integer> surnameWeight = new HashMap<>();
    for (List<String> cluster : clusters.values()) {
      String canonical = cluster.stream().max(better).orElseThrow();
      int weight = 0;
      for (String form : cluster) {
        forms.put(form, canonical);
        weight += mentionCount.getOrDefault(form, 0) + quotedCount.getOrDefault(form, 0);
      }
      String key = NameIndex.surnameKey(canonical);
      if (weight > surnameWeight.getOrDefault(key, -1)) {
        surnameWeight.put(key, weight);
        surnames.put(key, canonical);
      }
    }
    for (Map.Entry<String, String> e : personOf.entrySet()) {
      String name = e.getValue();
      String canonical = forms.get(name);
      if (canonical == null) {
        canonical = name.indexOf(' ') > 0 ? name
            : surnames.getOrDefault(NameIndex.surnameKey(name), name);
      }
      forms.put(e.getKey(), canonical);
      forms.putIfAbsent(name, canonical);
    }
    // Roles and organisations: resolve roles against corpus titles, else unify spellings.
    Map<String, Map<String, Integer>> spellings = new HashMap<>();
    for (Quotation q : quotations) {
      if (q.speaker() != null && others.contains(q.speaker())) {
        spellings.computeIfAbsent(spellingKey(q.speaker()), k -> new TreeMap<>())
            .merge(q.speaker(), 1, Integer::sum);
      }
    }
    Map<String, List<String>> normalized = new HashMap<>();
    for (String other : others) {
      String person = resolveRole(other, titled, forms, surnames, normalized);
      if (person != null) {
        forms.put(other, person);
        continue;
      }
      Map<String, Integer> variants = spellings.get(spellingKey(other));
      String canonical = variants.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue()
              .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .orElseThrow().getKey();
      forms.put(other, canonical);
    }
    for (String c : new ArrayList<>(forms.values())) {
      forms.putIfAbsent(c, c);
    }
    return new SpeakerNames(forms, surnames);
  }

  /** Every known speaker form mapped to its canonical name. */
  public Map<String, String> forms() {
    return forms;
  }

  /**
   * The canonical name for any form of a speaker ("Secretary Kerry" → "John Kerry"); a form not
   * seen while building is returned with its titles stripped. Null gives null.
   */
  public String canonical(String form) {
    if (form == null) {
      return null;
    }
    String known = forms.get(form);
    if (known != null) {
      return known;
    }
    String name = personalName(form);
    if (name == null) {
      return form;
    }
    known = forms.get(name);
    if (known != null) {
      return known;
    }
    return name.indexOf(' ') > 0 ? name : surnames.getOrDefault(NameIndex.surnameKey(name), name);
  }

  /** {@code quotations} with every speaker replaced by its canonical name, order kept. */
  public List<Quotation> apply(List<Quotation> quotations) {
    List<Quotation> out = new ArrayList<>(quotations.size());
    for (Quotation q : quotations) {
      out.add(q.speaker() == null ? q : q.withSpeaker(canonical(q.speaker())));
    }
    return out;
  }

  /** The personal name in a speaker string with titles stripped, or null if it names no person. */
  static String personalName(String speaker) {
    List<Tok> toks = Tokens.of(speaker, 0, speaker.length(), List.of());
    if (toks.isEmpty()) {
      return null;
    }
    Mention m = Mention.classify(speaker, toks, 0, toks.size() - 1, false);
    if (m == null || m.kind() != Mention.Kind.NAME) {
      return null;
    }
    return m.name();
  }

  private static String spellingKey(String s) {
    return Lexicon.fold(s).replace(".", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  /**
   * The one person whose titles fit {@code role} best, or null. {@code normalized} remembers the
   * normalised words of roles and titles across calls: the same titles are compared with every role.
   */
  private static String resolveRole(String role, List<Named> titled, Map<String, String> forms,
      Map<String, String> surnames, Map<String, List<String>> normalized) {
    int best = 0;
    Set<String> winners = new HashSet<>();
    List<String> roleWords = normalized.computeIfAbsent(role, NameIndex::normalizedWords);
    for (Named m : titled) {
      for (String title : m.titles()) {
        int score = NameIndex.titleScore(roleWords, normalized.computeIfAbsent(title, NameIndex::normalizedWords), false);
        if (score == 0 || score < best) {
          continue;
        }
        String fallback = m.isFull() ? m.name()
            : surnames.getOrDefault(NameIndex.surnameKey(m.name()), m.name());
        String person = forms.getOrDefault(m.name(), fallback);
        if (score > best) {
          best = score;
          winners.clear();
        }
        winners.add(person);
      }
    }
    return winners.size() == 1 ? winners.iterator().next() : null;
  }
}
