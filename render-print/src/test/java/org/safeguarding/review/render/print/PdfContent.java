package org.safeguarding.review.render.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a PDF holds for a reader that follows its structure tree, as assistive technology does,
 * read with Apache PDFBox: the text of every marked-content sequence the tree points to, in the
 * tree's order, and the tree's element types. Text outside the tree (the running header and the
 * page numbers, which are artifacts) is not part of it.
 */
final class PdfContent {

  /** An element of the structure tree: its type and its depth. */
  record Element(String type, int depth) {}

  private final StringBuilder text = new StringBuilder();
  private final List<Element> elements = new ArrayList<>();
  private final Map<PDPage, Map<Integer, String>> contents = new HashMap<>();
  private final List<String> untagged = new ArrayList<>();
  private final int pages;

  private PdfContent(PDDocument document) throws IOException {
    pages = document.getNumberOfPages();
    for (PDPage page : document.getPages()) {
      PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
      extractor.processPage(page);
      Map<Integer, String> byId = new HashMap<>();
      for (PDMarkedContent content : extractor.getMarkedContents()) {
        collect(content, byId);
      }
      contents.put(page, byId);
    }
    walk(document.getDocumentCatalog().getStructureTreeRoot(), null, 0);
  }

  static PdfContent of(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PdfContent(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the tagged text, in the structure tree's order, sequences separated by spaces} */
  String text() {
    return text.toString();
  }

  /** {@return the structure tree's elements, depth first} */
  List<Element> elements() {
    return elements;
  }

  /** {@return the types of the structure tree's elements, depth first} */
  List<String> types() {
    return elements.stream().map(Element::type).toList();
  }

  /** {@return the number of pages} */
  int pages() {
    return pages;
  }

  private void collect(PDMarkedContent content, Map<Integer, String> byId) {
    StringBuilder words = new StringBuilder();
    TextPosition previous = null;
    for (Object item : content.getContents()) {
      if (item instanceof TextPosition position) {
        if (previous != null && (Math.abs(position.getYDirAdj() - previous.getYDirAdj()) > 1
            || position.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj()) > position.getWidthOfSpace() * 0.5f)) {
          words.append(' ');
        }
        words.append(position.getUnicode());
        previous = position;
      } else if (item instanceof PDMarkedContent nested) {
        collect(nested, byId);
      }
    }
    if (content.getMCID() >= 0) {
      byId.merge(content.getMCID(), words.toString(), (a, b) -> a + " " + b);
    } else if (!"Artifact".equals(content.getTag()) && !words.isEmpty()) {
      untagged.add(words.toString());
    }
  }

  private void walk(PDStructureNode node, PDPage inherited, int depth) {
    PDPage page = inherited;
    if (node instanceof PDStructureElement element) {
      elements.add(new Element(element.getStructureType(), depth));
      if (element.getPage() != null) {
        page = element.getPage();
      }
    }
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureNode child) {
        walk(child, page, depth + 1);
      } else if (kid instanceof PDMarkedContentReference reference) {
        append(reference.getPage() != null ? reference.getPage() : page, reference.getMCID());
      } else if (kid instanceof Integer id) {
        append(page, id);
      }
    }
  }

  private void append(PDPage page, int id) {
    String words = contents.getOrDefault(page, Map.of()).get(id);
    if (words != null) {
      text.append(words).append(' ');
    }
  }

  /** {@return text drawn outside any marked-content sequence and not marked as an artifact} */
  List<String> untagged() {
    return untagged;
  }

  /** {@return the catalog's entry, as text} */
  static String catalogEntry(byte[] pdf, String key) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Object value = document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.getPDFName(key));
      return String.valueOf(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
