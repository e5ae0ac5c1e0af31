// The ncursesw wide-character API for Swift. The defines must come before any
// include, or wadd_wch / wget_wch / setcchar stay hidden.
#ifndef TIMELINE_CNCURSES_SHIM_H
#define TIMELINE_CNCURSES_SHIM_H

#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Macros and C globals Swift cannot import (or rejects as not concurrency-safe).
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_italic(void) { return A_ITALIC; }
static inline int cn_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline FILE *cn_stdout(void) { return stdout; }
static inline FILE *cn_stdin(void) { return stdin; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline mmask_t cn_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cn_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t cn_button4_pressed(void) { return BUTTON4_PRESSED; }
#if defined(BUTTON5_PRESSED)
static inline mmask_t cn_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t cn_button5_pressed(void) { return 0; }
#endif
static inline int cn_key_f(int n) { return KEY_F(n); }
static inline int cn_wcwidth(wchar_t c) { return wcwidth(c); }
static inline int cn_has_cup(void) { return tigetstr("cup") != NULL && tigetstr("cup") != (char *)-1; }
static inline int cn_utf8_locale(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != NULL && (cs[0] == 'U' || cs[0] == 'u') && (cs[1] == 'T' || cs[1] == 't') && (cs[2] == 'F' || cs[2] == 'f');
}

// Whether the terminal has an alternate screen to leave (smcup/rmcup): vt100 and linux do not.
static inline int cn_has_alternate_screen(void) { const char *s = tigetstr("smcup"); return s != NULL && s != (char *)-1; }
// After endwin on a terminal without an alternate screen: clear it, so the shell's prompt
// does not land among the browser's last frame.
static inline void cn_clear_screen_after_endwin(void) {
    const char *c = tigetstr("clear");
    if (c != NULL && c != (char *)-1) { putp(c); fflush(stdout); }
}

// Button events only: REPORT_MOUSE_POSITION would turn on any-motion tracking (a flood).
static inline mmask_t cn_mouse_buttons(void) { return ALL_MOUSE_EVENTS; }
// ^L: the next refresh repaints every cell, whatever ncurses thinks is on screen.
static inline void cn_redraw_all(void) { clearok(curscr, TRUE); }
// Frees the terminal loaded by setupterm() for the preflight check.
static inline void cn_release_setupterm(void) { if (cur_term != NULL) del_curterm(cur_term); }

#endif
