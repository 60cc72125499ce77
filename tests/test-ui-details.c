/* test-ui-details.c: every field of a position edited in its details,
 * through the window, each edit one named undo step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-plan-table.h"
#include "hp-plan-view.h"
#include "hp-position-details.h"
#include "hp-ui-test-util.h"
#include "hp-window.h"

static HpApplication *app;

typedef struct
{
  HpWindow          *window;
  HpPlan            *plan;
  HpPlanView        *view;
  HpPlanTable       *table;
  HpPositionDetails *details;
} Fixture;

static gboolean
is_unmapped (gpointer widget)
{
  return !gtk_widget_get_mapped (GTK_WIDGET (widget));
}

static gboolean
focus_in_table (gpointer data)
{
  Fixture *f = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  return focus != NULL && (focus == GTK_WIDGET (f->table) || gtk_widget_is_ancestor (focus, GTK_WIDGET (f->table)));
}

static gboolean
focus_in_details (gpointer data)
{
  Fixture *f = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (f->details));
}

static void
add (Fixture    *f,
     const char *role,
     guint       count,
     const char *start)
{
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-role-to-plan", "(sus)", role, count, start);
  hp_test_iterate (30);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->window = hp_window_new (app);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (hp_test_wait_for (hp_test_is_mapped, f->window, 5000));
  f->plan = hp_document_get_plan (hp_window_get_document (f->window));
  f->view = HP_PLAN_VIEW (hp_test_find_widget (GTK_WIDGET (f->window), HP_TYPE_PLAN_VIEW));
  f->table = HP_PLAN_TABLE (hp_test_find_widget (GTK_WIDGET (f->window), HP_TYPE_PLAN_TABLE));
  g_assert_nonnull (f->view);
  g_assert_nonnull (f->table);

  add (f, "backend-junior", 2, "2027-02");
  add (f, "backend-mid", 1, "2027-04");
  g_assert_cmpuint (hp_plan_get_n_positions (f->plan), ==, 2);
  /* The position just added edits its count: leave that edit. */
  hp_plan_table_focus (f->table);
  hp_plan_table_select_position (f->table, hp_position_get_id (hp_plan_get_position (f->plan, 1)));
  hp_test_iterate (30);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  hp_test_iterate (50);
}

static void
open_details (Fixture *f)
{
  GtkWidget *popover;

  /* The suite runs other programs on the same X display at once: a
   * popover's grab may fail while another one holds it, and the popover
   * then closes at once.  Ask again a few times. */
  for (guint attempt = 0; attempt < 10; attempt++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "plan.details", NULL));
      hp_test_iterate (30);
      f->details = HP_POSITION_DETAILS (hp_test_find_widget (GTK_WIDGET (f->view), HP_TYPE_POSITION_DETAILS));
      g_assert_nonnull (f->details);
      popover = gtk_widget_get_ancestor (GTK_WIDGET (f->details), GTK_TYPE_POPOVER);
      if (hp_test_wait_for (hp_test_is_mapped, popover, 1000))
        break;
      g_test_message ("the details did not open (attempt %u): another grab?", attempt + 1);
    }
  g_assert_true (gtk_widget_get_mapped (popover));
  g_assert_true (hp_test_wait_for (focus_in_details, f, 3000));
}

static void
type_into (Fixture         *f,
           HpPositionField  field,
           const char      *text)
{
  GtkWidget *entry = hp_position_details_get_editor (f->details, field);

  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  hp_test_iterate (20);
}

static const char *
editor_text (Fixture         *f,
             HpPositionField  field)
{
  return gtk_editable_get_text (GTK_EDITABLE (hp_position_details_get_editor (f->details, field)));
}

static void
test_every_field (Fixture       *f,
                  gconstpointer  data)
{
  HpPosition *mid = hp_plan_get_position (f->plan, 1);
  GtkWidget *widget;
  GtkTextBuffer *notes;
  g_autofree char *undo_before = NULL;

  /* Made the first time they are asked for. */
  g_assert_null (hp_test_find_widget (GTK_WIDGET (f->view), HP_TYPE_POSITION_DETAILS));
  open_details (f);

  /* The position at the cursor, every field with its value. */
  g_assert_true (hp_position_details_get_position (f->details) == mid);
  g_assert_nonnull (hp_test_find_shown_label (GTK_WIDGET (f->details), "Mid-Level Back-End Engineer"));
  g_assert_nonnull (hp_test_find_shown_label (GTK_WIDGET (f->details), "Location"));
  g_assert_nonnull (hp_test_find_shown_label (GTK_WIDGET (f->details), "One-Time Cost"));
  g_assert_nonnull (hp_test_find_shown_label (GTK_WIDGET (f->details), "Notes"));
  g_assert_cmpstr (editor_text (f, HP_FIELD_COUNT), ==, "1");
  g_assert_cmpstr (editor_text (f, HP_FIELD_START), ==, "2027-04");
  g_assert_cmpstr (editor_text (f, HP_FIELD_END), ==, "");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (hp_position_details_get_editor (f->details, HP_FIELD_LEVEL))),
                    ==, hp_position_get_level (mid));

  /* Nothing changed, nothing recorded. */
  undo_before = g_strdup (hp_plan_get_undo_label (f->plan));
  type_into (f, HP_FIELD_TITLE, hp_position_get_title (mid));
  g_assert_cmpstr (hp_plan_get_undo_label (f->plan), ==, undo_before);

  /* The fields the table leaves out, each one step named in the menu. */
  type_into (f, HP_FIELD_LOCATION, "  Berlin ");
  g_assert_cmpstr (hp_position_get_location (mid), ==, "Berlin");
  g_assert_cmpstr (editor_text (f, HP_FIELD_LOCATION), ==, "Berlin");
  g_assert_cmpstr (hp_plan_get_undo_label (f->plan), ==, "Change Location");

  widget = hp_position_details_get_editor (f->details, HP_FIELD_KIND);
  g_assert_cmpint (hp_position_get_kind (mid), ==, 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), 1);
  hp_test_iterate (20);
  g_assert_cmpint (hp_position_get_kind (mid), ==, 1);
  g_assert_cmpstr (hp_plan_get_undo_label (f->plan), ==, "Change Kind");

  /* A negative cost is refused with its reason, never stored; the text
   * stays to be corrected. */
  type_into (f, HP_FIELD_ONE_TIME_COST, "-5");
  g_assert_cmpint (hp_position_get_one_time_cost (mid), ==, 470000); /* the plan's default */
  g_assert_cmpstr (hp_position_details_get_error (f->details), ==,
                   "One-Time Cost: a one-time cost cannot be negative");
  g_assert_nonnull (hp_test_find_shown_label (GTK_WIDGET (f->details),
                                              "One-Time Cost: a one-time cost cannot be negative"));
  g_assert_true (gtk_widget_has_css_class (hp_position_details_get_editor (f->details, HP_FIELD_ONE_TIME_COST),
                                           "error"));
  g_assert_cmpstr (editor_text (f, HP_FIELD_ONE_TIME_COST), ==, "-5");
  g_assert_cmpstr (hp_plan_get_undo_label (f->plan), ==, "Change Kind");
  type_into (f, HP_FIELD_ONE_TIME_COST, "2500");
  g_assert_cmpint (hp_position_get_one_time_cost (mid), ==, 250000);
  g_assert_null (hp_position_details_get_error (f->details));
  g_assert_false (gtk_widget_has_css_class (hp_position_details_get_editor (f->details, HP_FIELD_ONE_TIME_COST),
                                            "error"));
  g_assert_cmpstr (editor_text (f, HP_FIELD_ONE_TIME_COST), ==, "$2,500.00");
  g_assert_cmpstr (hp_plan_get_undo_label (f->plan), ==, "Change One-Time Cost");

  /* A month that does not exist: refused; the keyboard leaving puts the
   * stored month back, the reason still shown. */
  widget = hp_position_details_get_editor (f->details, HP_FIELD_START);
  gtk_widget_grab_focus (widget);
  gtk_editable_set_text (GTK_EDITABLE (widget), "2027-13");
  gtk_widget_grab_focus (hp_position_details_get_editor (f->details, HP_FIELD_TITLE));
  hp_test_iterate (20);
  g_assert_cmpint (hp_position_get_start (mid), ==, hp_month_new (2027, 4));
  g_assert_cmpstr (editor_text (f, HP_FIELD_START), ==, "2027-04");
  g_assert_cmpstr (hp_position_details_get_error (f->details), ==,
                   "Start: “2027-13” is not a month: the month must be 01 to 12");

  /* Notes are stored when the keyboard leaves them. */
  widget = hp_position_details_get_editor (f->details, HP_FIELD_NOTES);
  notes = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
  gtk_widget_grab_focus (widget);
  gtk_text_buffer_set_text (notes, "Needs a laptop\nand a desk", -1);
  gtk_widget_grab_focus (hp_position_details_get_editor (f->details, HP_FIELD_LOCATION));
  hp_test_iterate (20);
  g_assert_cmpstr (hp_position_get_notes (mid), ==, "Needs a laptop\nand a desk");
  g_assert_cmpstr (hp_plan_get_undo_label (f->plan), ==, "Change Notes");

  /* The level moves the position to that level's role, title and midpoint
   * with it; the details follow. */
  widget = hp_position_details_get_editor (f->details, HP_FIELD_LEVEL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), hp_position_get_level (mid) + 1);
  hp_test_iterate (20);
  g_assert_cmpstr (hp_position_get_role_id (mid), ==, "backend-senior");
  g_assert_cmpstr (editor_text (f, HP_FIELD_TITLE), ==, hp_position_get_title (mid));
  g_assert_cmpstr (hp_plan_get_undo_label (f->plan), ==, "Change Level");

  /* Undo, step by step; the details show each state. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  hp_test_iterate (20);
  g_assert_cmpstr (hp_position_get_role_id (mid), ==, "backend-mid");
  g_assert_cmpstr (editor_text (f, HP_FIELD_TITLE), ==, "Mid-Level Back-End Engineer");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  hp_test_iterate (20);
  g_assert_cmpstr (hp_position_get_notes (mid), ==, "");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  hp_test_iterate (20);
  g_assert_cmpint (hp_position_get_one_time_cost (mid), ==, 470000);
  g_assert_cmpstr (editor_text (f, HP_FIELD_ONE_TIME_COST), ==, "$4,700.00");
  g_assert_cmpstr (hp_plan_get_undo_label (f->plan), ==, "Change Kind");
}

/* Closed, the keyboard is back in the table; a position undone away
 * closes its details. */
static void
test_close_and_undo_away (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *popover;

  open_details (f);
  popover = gtk_widget_get_ancestor (GTK_WIDGET (f->details), GTK_TYPE_POPOVER);
  gtk_popover_popdown (GTK_POPOVER (popover));
  g_assert_true (hp_test_wait_for (is_unmapped, popover, 3000));
  g_assert_true (hp_test_wait_for (focus_in_table, f, 3000));
  g_assert_null (hp_position_details_get_position (f->details));

  open_details (f);
  g_assert_true (hp_position_details_get_position (f->details) == hp_plan_get_position (f->plan, 1));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL); /* the Mid-Level's adding */
  g_assert_cmpuint (hp_plan_get_n_positions (f->plan), ==, 1);
  g_assert_true (hp_test_wait_for (is_unmapped, popover, 3000));
  g_assert_null (hp_position_details_get_position (f->details));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  if (!hp_test_init_ui (&argc, &argv))
    return 77;

  app = hp_test_application_new ();

  g_test_add ("/ui/details/every-field", Fixture, NULL, fixture_set_up, test_every_field, fixture_tear_down);
  g_test_add ("/ui/details/close-and-undo-away", Fixture, NULL, fixture_set_up, test_close_and_undo_away,
              fixture_tear_down);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
