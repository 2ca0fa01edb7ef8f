import { Injectable } from '@nestjs/common';
import {
  buildChecklistTemplate,
  mergeThemeMaterials,
  type ChecklistQuestion,
  type MergedMaterial,
} from '@shizhong/domain';
import { randomBytes } from 'node:crypto';
import { CatalogueStore } from '../catalogue/catalogue.store';
import { AppError } from '../common/errors/app.error';
import { ThemeService } from '../themes/theme.service';
import { SharedChecklistRepository } from './shared-checklist.repository';
import type { ChecklistSubjectKind, SharedChecklistState } from './shared-checklist.entity';

const SHARE_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ChecklistSubject {
  kind: ChecklistSubjectKind;
  code: string;
}

export interface ChecklistTemplate {
  kind: ChecklistSubjectKind;
  code: string;
  title: string;
  questions: ChecklistQuestion[];
  materials: (MergedMaterial & { questionId: string | null })[];
}

export interface SharedChecklist extends SharedChecklistState {
  token: string;
  template: ChecklistTemplate;
  createdAt: Date;
}

/**
 * The answers and ticks of a checklist as they may be stored: every answer to a question of the
 * template (once), every ticked code a material of it; duplicate ticks collapse. Anything else
 * is BAD_USER_INPUT with the field it is in.
 */
export function checkChecklistState(
  template: ChecklistTemplate,
  state: SharedChecklistState,
): SharedChecklistState {
  const questionIds = new Set(template.questions.map((question) => question.id));
  const answered = new Set<string>();
  for (const answer of state.answers) {
    if (!questionIds.has(answer.questionId))
      throw new AppError('BAD_USER_INPUT', '回答的问题不属于这份清单', { field: 'answers' });
    if (answered.has(answer.questionId))
      throw new AppError('BAD_USER_INPUT', '同一个问题只能回答一次', { field: 'answers' });
    answered.add(answer.questionId);
  }
  const materialCodes = new Set(template.materials.map((material) => material.code));
  for (const code of state.heldCodes) {
    if (!materialCodes.has(code))
      throw new AppError('BAD_USER_INPUT', '勾选的材料不属于这份清单', { field: 'heldCodes' });
  }
  return {
    answers: state.answers.map(({ questionId, yes }) => ({ questionId, yes })),
    heldCodes: [...new Set(state.heldCodes)],
  };
}

/** 不打回票打清单: checklists for items and themes, and read-only shared snapshots of them. */
@Injectable()
export class ChecklistService {
  constructor(
    private readonly store: CatalogueStore,
    private readonly themes: ThemeService,
    private readonly repository: SharedChecklistRepository,
  ) {}

  /** The checklist of an item or a theme (its merged materials); null when there is none. */
  template(subject: ChecklistSubject): ChecklistTemplate | null {
    let title: string;
    let materials: MergedMaterial[];
    switch (subject.kind) {
      case 'ITEM': {
        const item = this.store.items.get(subject.code);
        if (!item) return null;
        title = item.name;
        materials = mergeThemeMaterials([item]);
        break;
      }
      case 'THEME': {
        const view = this.themes.view(subject.code);
        if (!view) return null;
        title = view.theme.name;
        materials = view.materials;
        break;
      }
    }
    return { kind: subject.kind, code: subject.code, title, ...buildChecklistTemplate(materials) };
  }

  /** Stores a read-only snapshot of the answers and ticked materials; returns it with its token. */
  async share(
    subject: ChecklistSubject,
    state: SharedChecklistState,
    now = new Date(),
  ): Promise<SharedChecklist> {
    const template = this.template(subject);
    if (!template) throw new AppError('NOT_FOUND', '要分享的事项或主题不存在或已下线');
    const snapshot = checkChecklistState(template, state);
    const token = randomBytes(16).toString('base64url');
    await this.repository.insert({
      token,
      subjectKind: subject.kind,
      subjectCode: subject.code,
      state: JSON.stringify(snapshot),
      createdAt: now,
      expiresAt: new Date(now.getTime() + SHARE_DAYS * DAY_MS),
    });
    return { token, template, ...snapshot, createdAt: now };
  }

  /**
   * A shared snapshot over the current checklist of its item or theme; null when the token is
   * unknown or expired, or the item or theme has left the catalogue.
   */
  async shared(token: string, now = new Date()): Promise<SharedChecklist | null> {
    const row = await this.repository.findByToken(token);
    if (!row || row.expiresAt.getTime() <= now.getTime()) return null;
    const template = this.template({ kind: row.subjectKind, code: row.subjectCode });
    if (!template) return null;
    const state = JSON.parse(row.state) as SharedChecklistState;
    return {
      token: row.token,
      template,
      answers: state.answers,
      heldCodes: state.heldCodes,
      createdAt: row.createdAt,
    };
  }
}
