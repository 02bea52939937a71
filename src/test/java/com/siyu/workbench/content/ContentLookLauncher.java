package com.siyu.workbench.content;

/** Starts {@link ContentLookMain} from the class path (a main in an Application subclass would need the module path). */
public final class ContentLookLauncher {
    private ContentLookLauncher() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(ContentLookMain.class, args);
    }
}
