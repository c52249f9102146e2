package org.parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.text.Tok;

/** Attribution tokens. */
class TokensTest {

  @Test
  void keepsACharacterOutsideTheBasicPlaneWhole() {
    String text = "Kerry 🔥 said";
    List<String> toks = Tokens.of(text, 0, text.length(), List.of()).stream().map(Tok::text).toList();
    assertEquals(List.of("Kerry", "🔥", "said"), toks);
  }

  @Test
  void keepsALetterOutsideTheBasicPlaneInItsWord() {
    String text = "according to source𐐷 and 𝐁𝐨𝐥𝐝";
    List<String> toks = Tokens.of(text, 0, text.length(), List.of()).stream().map(Tok::text).toList();
    assertEquals(List.of("according", "to", "source𐐷", "and", "𝐁𝐨𝐥𝐝"), toks);
  }

  @Test
  void keepsEveryKindOfCombiningMarkInItsWord() {
    // Devanagari vowel signs are spacing marks (Mc); U+20DD is an enclosing one (Me).
    String text = "नरेंद्र मोदी said x\u20DDR";
    List<String> toks = Tokens.of(text, 0, text.length(), List.of()).stream().map(Tok::text).toList();
    assertEquals(List.of("नरेंद्र", "मोदी", "said", "x\u20DDR"), toks);
  }
}
