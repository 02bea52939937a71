package com.siyu.workbench.content.library;

import com.siyu.workbench.content.Attachment;
import java.util.List;

/** One chat bubble of the preview: an optional header (which step, when), the rendered text, its attachments. */
public record PreviewBubble(String header, String text, List<Attachment> attachments) {
}
