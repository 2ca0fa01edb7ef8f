import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  evaluateChecklist,
  type ChecklistAnswer,
  type ChecklistEvaluation,
} from '@shizhong/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app.error';
import { isUniqueViolation } from '../database/unique-violation';
import { lockAccountRow } from '../users/account-row-lock';
import {
  ChecklistService,
  checkChecklistState,
  type ChecklistSubject,
  type ChecklistTemplate,
} from './checklist.service';
import { SavedChecklistEntity } from './saved-checklist.entity';
import type { SharedChecklistState } from './shared-checklist.entity';
import { inTransaction } from '../database/transaction';

/** How many checklists one account may keep (SAVED_CHECKLIST_LIMIT beyond). */
export const MAX_SAVED_CHECKLISTS = 30;
const NOT_FOUND_MESSAGE = '未找到这份清单';
const TITLE_LENGTH = 200;

/** A saved checklist read against the current catalogue. */
export interface SavedChecklist {
  id: string;
  subject: ChecklistSubject;
  /** The current item or theme name, or the one saved with it when it has left the catalogue. */
  title: string;
  /** Null when the item or theme has left the catalogue. */
  template: ChecklistTemplate | null;
  /** Only answers to questions the current template still asks. */
  answers: ChecklistAnswer[];
  /** Only codes of materials the current template still lists. */
  heldCodes: string[];
  /** Null when there is no template to evaluate against. */
  evaluation: ChecklistEvaluation | null;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * Checklists saved on a citizen's account (我的 → 已存清单). Every query and write carries the
 * caller's user id: nobody reads, changes or deletes another account's checklists, and someone
 * else's id is NOT_FOUND exactly like one that does not exist.
 */
@Injectable()
export class SavedChecklistsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly checklists: ChecklistService,
  ) {}

  /**
   * Saves the caller's answers and ticks for a subject: updates their checklist of it, or adds
   * one when they have fewer than {@link MAX_SAVED_CHECKLISTS}. Answers and codes must belong to
   * the subject's current checklist.
   */
  async save(
    userId: string,
    subject: ChecklistSubject,
    state: SharedChecklistState,
    now = new Date(),
  ): Promise<SavedChecklist> {
    const template = this.checklists.template(subject);
    if (!template) throw new AppError('NOT_FOUND', '要保存的事项或主题不存在或已下线');
    const checked = checkChecklistState(template, state);
    const values = {
      title: template.title.slice(0, TITLE_LENGTH),
      answers: JSON.stringify(checked.answers),
      heldCodes: JSON.stringify(checked.heldCodes),
      updatedAt: now,
    };
    for (let attempt = 0; ; attempt += 1) {
      try {
        const row = await inTransaction(this.dataSource, async (manager) => {
          // Two first saves of different subjects cannot both pass the limit check (the
          // integration test races three at the 30th; without the lock it fails on MariaDB).
          await lockAccountRow(manager, userId);
          const repository = manager.getRepository(SavedChecklistEntity);
          const existing = await repository.findOneBy({
            userId,
            subjectKind: subject.kind,
            subjectCode: subject.code,
          });
          if (existing) {
            await repository.update({ id: existing.id, userId }, values);
            return { ...existing, ...values };
          }
          if ((await repository.countBy({ userId })) >= MAX_SAVED_CHECKLISTS) {
            throw new AppError('SAVED_CHECKLIST_LIMIT');
          }
          const inserted: SavedChecklistEntity = {
            id: randomUUID(),
            userId,
            subjectKind: subject.kind,
            subjectCode: subject.code,
            ...values,
            createdAt: now,
          };
          await repository.insert(inserted);
          return inserted;
        });
        return this.read(row);
      } catch (error) {
        // Two first saves of the same subject at once: the other one inserted, so update it.
        if (isUniqueViolation(error) && attempt < 2) continue;
        throw error;
      }
    }
  }

  /** The caller's own checklists, newest first; only the one of `subject` when it is given. */
  async list(userId: string, subject?: ChecklistSubject): Promise<SavedChecklist[]> {
    const rows = await this.dataSource.getRepository(SavedChecklistEntity).find({
      where: subject
        ? { userId, subjectKind: subject.kind, subjectCode: subject.code }
        : { userId },
      order: { updatedAt: 'DESC', id: 'ASC' },
    });
    return rows.map((row) => this.read(row));
  }

  /** Deletes one of the caller's checklists; anyone else's is NOT_FOUND. */
  async remove(userId: string, id: string): Promise<void> {
    const result = await this.dataSource.getRepository(SavedChecklistEntity).delete({ id, userId });
    if (!result.affected) throw new AppError('NOT_FOUND', NOT_FOUND_MESSAGE);
  }

  /** A row over the current template: what it no longer asks or lists is left out. */
  private read(row: SavedChecklistEntity): SavedChecklist {
    const subject: ChecklistSubject = { kind: row.subjectKind, code: row.subjectCode };
    const template = this.checklists.template(subject);
    let answers = parseAnswers(row.answers);
    let heldCodes = parseCodes(row.heldCodes);
    let evaluation: ChecklistEvaluation | null = null;
    if (template) {
      const questionIds = new Set(template.questions.map((question) => question.id));
      const materialCodes = new Set(template.materials.map((material) => material.code));
      answers = answers.filter((answer) => questionIds.has(answer.questionId));
      heldCodes = heldCodes.filter((code) => materialCodes.has(code));
      evaluation = evaluateChecklist(template, answers, heldCodes);
    }
    return {
      id: row.id,
      subject,
      title: template?.title ?? row.title,
      template,
      answers,
      heldCodes,
      evaluation,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }
}

function parseJsonArray(json: string): unknown[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

function parseAnswers(json: string): ChecklistAnswer[] {
  return parseJsonArray(json).flatMap((value) => {
    if (typeof value !== 'object' || value === null) return [];
    const { questionId, yes } = value as Record<string, unknown>;
    return typeof questionId === 'string' && typeof yes === 'boolean' ? [{ questionId, yes }] : [];
  });
}

function parseCodes(json: string): string[] {
  return parseJsonArray(json).filter((code): code is string => typeof code === 'string');
}
