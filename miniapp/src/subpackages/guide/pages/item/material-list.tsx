import { Text, View } from '@tarojs/components';
import { formatMaterialForms } from '@/subpackages/guide/materials/format';
import { a11y } from '@/utils/a11y';
import { openExternalLink } from './external-link';
import { itemStrings as s } from './strings';

export interface GuideMaterial {
  code: string;
  name: string;
  required: boolean;
  condition?: string | null;
  forms: { original: boolean; copy: boolean; electronic: boolean };
  originalCopies: number;
  copyCopies: number;
  source: string;
  blankFormUrl?: string | null;
  sampleUrl?: string | null;
  notes?: string | null;
}

/** 申请材料: required/conditional (with the condition), forms and copies, source, form links. */
export function MaterialList({ materials }: { materials: readonly GuideMaterial[] }) {
  if (materials.length === 0) return <Text className="item-text">{s.noMaterials}</Text>;
  return (
    <View {...a11y({ role: 'list' })}>
      {materials.map((m, index) => {
        const forms = formatMaterialForms(m);
        const requirement = m.required ? s.required : s.conditional;
        const condition = m.required ? undefined : s.condition(m.condition ?? s.conditionUnknown);
        return (
          <View
            key={m.code}
            className="material"
            data-testid="material-row"
            data-code={m.code}
            data-required={m.required ? 'yes' : 'no'}
            {...a11y({ role: 'listitem' })}
          >
            <View className="material__head">
              <Text className="material__name">{`${index + 1}. ${m.name}`}</Text>
              <Text
                className={`material__tag material__tag--${m.required ? 'required' : 'optional'}`}
                data-testid="material-requirement"
              >
                {requirement}
              </Text>
            </View>
            {condition && (
              <Text className="material__condition" data-testid="material-condition">
                {condition}
              </Text>
            )}
            {forms && (
              <Text className="material__line" data-testid="material-forms">
                {forms}
              </Text>
            )}
            <Text className="material__line material__source" data-testid="material-source">
              {s.source(m.source)}
            </Text>
            {m.notes && <Text className="material__line">{s.notes(m.notes)}</Text>}
            {(m.blankFormUrl || m.sampleUrl) && (
              <View className="material__links">
                {m.blankFormUrl && (
                  <FormLink url={m.blankFormUrl} text={s.blankForm} material={m.name} />
                )}
                {m.sampleUrl && <FormLink url={m.sampleUrl} text={s.sample} material={m.name} />}
              </View>
            )}
          </View>
        );
      })}
    </View>
  );
}

function FormLink({ url, text, material }: { url: string; text: string; material: string }) {
  const open = () => openExternalLink(url);
  return (
    <View
      className="material__link"
      data-testid="material-form-link"
      data-url={url}
      onClick={open}
      {...a11y({ role: 'button', label: s.openForm(text, material), onActivate: open })}
    >
      <Text className="material__link-text">{text}</Text>
    </View>
  );
}
