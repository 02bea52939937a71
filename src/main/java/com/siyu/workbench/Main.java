package com.siyu.workbench;

public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("siyu");
    }
}
