package org.parallax.corpus;

class HtmlExtractorTest {}
