/**
 * The seniority page's view model: per level, hours by class and the judgment share before and
 * after AI; the compression index with its reading; the roles whose post-AI mix already looks
 * like the level above. `?judgment=without-hands-on` leaves hands-on / physical work out of
 * every figure (docs/decisions/075-seniority-page-and-hands-on-work.md).
 */
import { data } from "@remix-run/node";
import { getSeniorityCompression, OUTSIDE_KNOWLEDGE_WORK } from "../../../db/queries/dashboard";
import { levelName } from "../../../importers/levels";
import { cachedFigures, type DashboardContext } from "../../dashboard/dashboard.server";
import { describeCompression } from "../../dashboard/describe";
import { pageSlice, parsePage } from "../../components/paging";
import { PAGE_SIZE } from "../../dashboard/paging";

export const JUDGMENT_VIEWS = ["all", "without-hands-on"] as const;
export type JudgmentView = (typeof JUDGMENT_VIEWS)[number];

/** `?judgment=`; absent means all work. Anything else is a 400 with a message, like a bad filter. */
export function parseJudgmentView(params: URLSearchParams): JudgmentView {
  const raw = params.get("judgment");
  if (raw === null || raw === "") return "all";
  if ((JUDGMENT_VIEWS as readonly string[]).includes(raw)) return raw as JudgmentView;
  throw data({ message: `This link is not valid: judgment must be one of ${JUDGMENT_VIEWS.join(", ")}, got "${raw}".` }, { status: 400 });
}

export function loadSeniority(ctx: DashboardContext) {
  const { db, access, filter, shell, url } = ctx;
  const judgment = parseJudgmentView(url.searchParams);
  // The roles looking a level up are a ranked list that grows with the organization: one page at a time (decision 154).
  const page = parsePage(url.searchParams);
  if (!page.ok) throw data({ message: `This link is not valid: ${page.message}.` }, { status: 400 });
  // Every page of the roles list reads the same figures: computed once per filter and view.
  const view = cachedFigures(ctx, "seniority", () =>
    getSeniorityCompression(db, access.workspace.id, filter, judgment === "without-hands-on" ? { excludeAtoms: OUTSIDE_KNOWLEDGE_WORK } : {}),
  );
  // A level is drawn when it has hours, or when its hours exist but may not be shown.
  const drawn = view.levels.filter((l) => l.suppressed || l.figures.hours > 0);
  const withoutHours = view.levels.filter((l) => !l.suppressed && !(l.figures.hours > 0));
  return {
    shell,
    judgment,
    index: view.index,
    indexText: describeCompression(view.index),
    suppressedLevels: view.suppressedLevels.map(levelName),
    levelsWithoutHours: withoutHours.map((l) => levelName(l.level)),
    levels: drawn.map((l) => ({
      key: String(l.level),
      level: l.level,
      name: levelName(l.level),
      labels: l.labels,
      roles: l.roles,
      headcount: l.headcount,
      suppressed: l.suppressed,
      classHours: l.suppressed ? null : l.figures.classHours,
      hours: l.suppressed ? null : l.figures.hours,
      before: l.suppressed ? null : l.figures.judgmentBefore,
      after: l.suppressed ? null : l.figures.judgmentAfter,
    })),
    ...lookingUpPage(view.rolesLookingUp, page.page),
  };
}

function lookingUpPage(roles: ReturnType<typeof getSeniorityCompression>["rolesLookingUp"], page: number) {
  const { rows, info: rolesLookingUpPage } = pageSlice(roles, page, PAGE_SIZE);
  return {
    rolesLookingUpPage,
    rolesLookingUp: rows.map((r) => ({
      roleId: r.roleId,
      title: r.title,
      department: r.department,
      levelName: levelName(r.level),
      headcount: r.headcount,
      judgmentAfter: r.judgmentAfter,
      comparedLevelName: levelName(r.comparedLevel),
      comparedJudgmentBefore: r.comparedJudgmentBefore,
    })),
  };
}

export type SeniorityPageView = ReturnType<typeof loadSeniority>;
