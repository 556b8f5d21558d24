# Writer a, batch 02: disability registration, activity support, assistive devices. CC0 1.0.
DOCS = [
{"id": "s11-a02-001", "kind": "case_note", "text": """장애인 등록(신규) 상담
일시 {{date:2025.02.18.(화) 10:30}}   장소 수정구 태평2동 행정복지센터 민원대
신청인 [[PERSON:오세진]](X) → 정정: [[PERSON:오세준]] / 생년월일 [[BIRTH_DATE:1979-06-04]] / 뇌병변 의심
주소: [[KR_ADDRESS:성남시 수정구 태평로 55번길 7-3, 302호]]
동반: 배우자 [[PERSON:맹수현]] ([[PHONE_NUMBER:010-2201-6684]])
진단서 발급 병원 {{org_name:분당서울대병원}} 재활의학과, 진단일 {{date:2/10}}. 발병일 {{date:2024.08.}} 로부터 6개월 경과 안됨 → {{date:2월 말}} 이후 진단 다시 받아서 제출하도록 안내함.
국민연금공단 심사 기간 약 30일 안내."""},

{"id": "s11-a02-002", "kind": "spreadsheet_export", "text": """활동지원사 급여지급 내역 ({{date:2025년 3월}}분)
사번\t성명\t생년월일\t은행\t계좌번호\t근무시간\t지급액
[[EMPLOYEE_ID:AS-1042]]\t[[PERSON:배미숙]]\t[[BIRTH_DATE:1970-04-21]]\t신한\t[[BANK_ACCOUNT:110-412-880213]]\t{{statistic:168h}}\t{{amount:2,418,560}}
[[EMPLOYEE_ID:AS-1057]]\t[[PERSON:조영재]]\t[[BIRTH_DATE:1963-12-02]]\t우리\t[[BANK_ACCOUNT:1002-833-402917]]\t{{statistic:92h}}\t{{amount:1,324,480}}
[[EMPLOYEE_ID:AS-1103]]\t[[PERSON:Sarah Kim]]\t[[BIRTH_DATE:1988-07-15]]\t하나\t[[BANK_ACCOUNT:620-223418-47907]]\t{{statistic:40h}}\t{{amount:575,600}}
[[EMPLOYEE_ID:AS-1121]]\t[[PERSON:엄태순]]\t[[BIRTH_DATE:1959-01-09]]\t새마을금고\t[[BANK_ACCOUNT:9003-2718-4402-1]]\t{{statistic:176h}}\t{{amount:2,533,770}}
작성 {{date:2025.04.04}} 회계담당 [[PERSON:염지원]]"""},

{"id": "s11-a02-003", "kind": "sms", "text": """[Web발신]
[사회서비스 전자바우처] 장애인활동지원 서비스 결제 완료
이용자 [[PERSON:김*호]] / 제공인력 [[PERSON:배미숙]]
{{date:04/11}} 09:00~13:00 (4시간) 차감
카드 [[CREDIT_CARD:9411-****-****-2203]]
잔여 {{statistic:312시간}} 문의 {{public_number:1566-0133}}"""},

{"id": "s11-a02-004", "kind": "complaint_letter", "text": """장애인전용주차구역 불법주차 신고합니다.
{{place_name:분당구 정자동 늘푸른마을 상가}} 지하 1층 장애인주차구역에 매일 저녁 같은 차가 주차합니다. 차번호 [[KR_CAR_PLATE:38거7719]] 흰색 SUV이고 표지도 없습니다.
{{date:3월 24일}} 밤 9시, {{date:3월 26일}} 밤 10시 반 사진 첨부합니다.
저는 휠체어 사용하는 아이 엄마라 그 자리가 아니면 차를 댈 곳이 없습니다. 제 차는 [[KR_CAR_PLATE:221더 4810]]이고 보호자용 표지 붙어 있습니다.
신고인 [[PERSON:허윤정]] / [[PHONE_NUMBER:010-9483-2276]]"""},

{"id": "s11-a02-005", "kind": "email", "text": """From: [[PERSON:Jeong, Harin]] <[[EMAIL_ADDRESS:harin.j@student.kgu.ac.kr]]>
To: {{public_email:disability@kgu.ac.kr}}
Date: {{date:Mon, 10 Mar 2025 22:41:07 +0900}}
Subject: 장애학생 도우미 신청 (학번 [[STUDENT_ID:202311457]])

안녕하세요. 사회복지학과 2학년 [[PERSON:정하린]]입니다 (학번 [[STUDENT_ID:202311457]]).
시각장애(심한 장애)로 활동지원을 구청에서 받고 있는데 학교 안에서는 시간이 부족해서 교내 도우미를 신청하려고 합니다.
작년 도우미였던 [[PERSON:윤채원]] 학생(학번 [[STUDENT_ID:202214088]])이 이번 학기에도 가능하다고 했습니다.
연락처 [[PHONE_NUMBER:010-3012-7745]] 입니다. 감사합니다."""},

{"id": "s11-a02-006", "kind": "scanned_form_ocr", "text": """장 애 인 등 록 중 재발급 신청서
성명 [[PERSON:류 기 석]]   주민등록번호 [[KR_RRN:661105-1O*****]]
주소 [[KR_ADDRESS:경기도 용인시 기흥구 보정로 7l, 죽전 현대홈타운 3단지 305동 6O4호]]
전화 [[PHONE_NUMBER:O10-27l4-9O83]]
재발급 사유 : [v] 분실 [ ] 훼손 [ ] 기타(             )
장애정도 : 심한 장애  /  유형 : 지체
                    {{date:2025 . 5 . 13 .}}
            신청인  [[PERSON:류기석]]  (인)"""},

{"id": "s11-a02-007", "kind": "kakaotalk", "text": """[[PERSON:수빈]]맘: 선생님 내일 [[PERSON:수빈]]이 센터 끝나고 바로 수영 가야해요 ㅠ
활동지원사 [[PERSON:구정은]]: 네 어머님~ 몇시까지요?
[[PERSON:수빈]]맘: 4시요. 수영장 {{place_name:처인구 국민체육센터}}에요
활동지원사 [[PERSON:구정은]]: 알겠습니다 제 차로 데려갈게요 [[KR_CAR_PLATE:12나3481]] 은색 모닝이요
[[PERSON:수빈]]맘: 감사해요!! 그리고 [[PERSON:수빈]]이 장애인등록 갱신 서류 {{date:25일}}까지라 그날 오전에 동사무소 들를게요
활동지원사 [[PERSON:구정은]]: 넵 ^^"""},

{"id": "s11-a02-008", "kind": "phone_memo", "text": """통화메모 | {{date:25.06.02}} 15:10 | 받은사람: 장애인복지팀 [[PERSON:신동훈]]
발신: [[PERSON:구본철]] 씨 (청각장애 아들 [[PERSON:구민재]] [[BIRTH_DATE:2009.11.03]]생 보호자) / [[PHONE_NUMBER:010-4568-0223]]
- 보청기 급여 신청했는데 {{date:4월}}에 냈고 아직 소식 없다고.
- 공단 접수번호 {{receipt_number:20250414-08812}} 조회 결과 심사중.
- 회신 약속: {{date:6/5}}까지 문자"""},

{"id": "s11-a02-009", "kind": "system_log", "text": """[2025-05-20T08:14:33+09:00] socialservice-voucher api POST /v2/payment 200 src=[[IP_ADDRESS:2001:db8:4a1e:12::7c]] provider={{code:PRV-41137}} worker=[[EMPLOYEE_ID:W-0008841]]
[2025-05-20T08:14:35+09:00] socialservice-voucher api POST /v2/payment 409 src=[[IP_ADDRESS:211.58.190.44]] reason=DUPLICATE_TAG card=[[CREDIT_CARD:9411-53**-****-1187]]
[2025-05-20T08:15:01+09:00] healthcheck ok ver={{version:2.8.17}} oid={{oid:1.3.6.1.4.1.2021.10}}"""},

{"id": "s11-a02-010", "kind": "letter", "text": """성남시 중원구청 장애인복지팀 담당자님께

저는 베트남에서 온 결혼이민자 [[PERSON:레 티 투 하]]입니다. 한국 이름은 [[PERSON:이수하]]이에요.
외국인등록번호 [[KR_FRN:900723-6******]] 이고, 남편은 [[PERSON:황대근]]([[BIRTH_DATE:1972년 2월 5일]]생)입니다.
남편이 작년 사고로 다리를 다쳐서 장애인 등록을 하려고 하는데, 제가 대신 신청할 수 있어요? 남편은 걷기 힘들어요.
제 여권번호는 [[KR_PASSPORT:C4418207]] 이고 아직 국적 신청 중이에요.
집: [[KR_ADDRESS:성남시 중원구 둔촌대로 83번길 12-5 (성남동) 지하1층]]
전화: [[PHONE_NUMBER:010-5541-2087]]
{{date:2025년 6월 9일}}"""},

{"id": "s11-a02-011", "kind": "notice", "text": """<장애인활동지원 신청 안내>
○ 대상: 만 6세~64세 등록장애인
○ 신청: 주민등록 주소지 행정복지센터 또는 복지로(www.bokjiro.go.kr)
○ 작성 예시: 주민등록번호 {{format_example:000000-0000000}}, 연락처 {{format_example:010-0000-0000}}
○ 문의: 보건복지상담센터 {{public_number:129}}, 국민연금공단 {{public_number:1355}}, 용인시청 장애인복지과 {{public_number:031-324-2461}}
○ 접수기간 {{date:2025. 7. 1.(화)}} ~ {{date:2025. 7. 31.(목)}}
○ 본인부담금 납부 계좌(시 세입): 농협 {{public_account:301-0180-4471-31}} (예금주 용인시)"""},

{"id": "s11-a02-012", "kind": "case_note", "text": """발달장애인 주간활동 서비스 신규 배정
이용자: [[PERSON:모지호]] (만 22세, [[BIRTH_DATE:2002.09.17]]) 지적장애 심한 장애
보호자: 모 [[PERSON:안은숙]] [[PHONE_NUMBER:010-8804-1295]] / 부 [[PERSON:모형준]] [[PHONE_NUMBER:010-8804-1296]]
배정기관: {{org_name:수원시장애인종합복지관}} 주간활동 2반 / 담당 [[PERSON:하슬기]] 선생님
기본형 {{statistic:월 132시간}}, 개시일 {{date:2025.07.01}}
특이사항: 공격행동 있음. 전 기관({{date:2024.03~2025.05}}) 퇴소 사유 확인 필요."""},

{"id": "s11-a02-013", "kind": "complaint_letter", "text": """보조기기 구입비 환급이 두 달째 안 되고 있습니다.
{{date:4월 15일}}에 전동휠체어 배터리를 {{org_name:바른의료기}}(대표 [[PERSON:천상우]], 사업자번호 [[KR_BRN:135-19-5570?]])에서 구입하고 영수증이랑 처방전 다 냈습니다.
환급받을 계좌는 카카오뱅크 [[BANK_ACCOUNT:3333-08-7751204]] 예금주 [[PERSON:노경미]](저)입니다.
주민번호 뒷자리까지 적으라고 해서 적었는데 [[KR_RRN:810316-204417?]] 이렇게요.
처리 좀 빨리 해 주세요. [[KR_ADDRESS:수원시 영통구 봉영로 1620 벽적골 8단지 두산아파트 822동 1701호]] [[PERSON:노경미]]"""},

{"id": "s11-a02-014", "kind": "memo", "text": """[[PERSON:박은솔]] 활동지원사 → 이용자 [[PERSON:염동철]]님 댁 변경 주소 [[KR_ADDRESS:처인구 모현읍 일산리 88-1]] 내일부터 {{time:07:30}} 출근"""},

{"id": "s11-a02-015", "kind": "meeting_minutes", "text": """통합사례관리 회의록
일시: {{date:2025년 8월 14일(목)}} 14:00 / 장소: {{place_name:중원구청 5층 소회의실}}
참석: 구청 희망복지팀 [[PERSON:왕지혜]](주관), 동 맞춤형복지 [[PERSON:선우진]], 정신건강복지센터 [[PERSON:표성민]], 장애인복지관 [[PERSON:어금순]]
대상 가구: 세대주 [[PERSON:길만수]]([[BIRTH_DATE:1967.03.28]]), 자 [[PERSON:길태양]]([[BIRTH_DATE:1998.10.02]], 자폐성 장애)
- 세대주 실직({{date:2025.05.}}) 후 월세 3개월 체납, 긴급복지 생계지원 결정({{date:8/8}})
- 자녀 활동지원 {{statistic:월 120시간}} → 재판정 신청
- 다음 회의 {{date:9/11}}"""},

{"id": "s11-a02-016", "kind": "spreadsheet_export", "text": """| No | 참여자 | 생년 | 장애유형 | 근무처 | 연락처 |
|----|--------|------|----------|--------|--------|
| 1 | [[PERSON:함동석]] | [[BIRTH_DATE:1985]] | 지적 | 영통구청 민원실 | [[PHONE_NUMBER:010-7730-1184]] |
| 2 | [[PERSON:봉미라]] | [[BIRTH_DATE:1991]] | 청각 | 수원시립도서관 | [[PHONE_NUMBER:010-2284-6610]] |
| 3 | [[PERSON:육성진]] | [[BIRTH_DATE:1978]] | 지체 | 팔달구 보건소 | [[PHONE_NUMBER:010-4011-9352]] |
| 4 | [[PERSON:Ahmed Rahman]] | [[BIRTH_DATE:1983]] | 시각 | 장안구청 | [[PHONE_NUMBER:010-6627-0948]] |
※ 장애인일자리 {{date:2025}} 복지일자리 참여자 / 총 {{statistic:4명}}"""},

{"id": "s11-a02-017", "kind": "sms", "text": """옆집 할아버지(휠체어 쓰시는 분) 며칠째 불이 안 켜져 있어요. [[KR_ADDRESS:장안구 파장로 77 2층]]이에요. 확인 부탁드려요 - 101호 주민"""},

{"id": "s11-a02-018", "kind": "email", "text": """[[PERSON:노경미]] 님께,

보조기기 구입비 환급 관련 회신드립니다. 서류 확인 결과 처방전 발급일({{date:2025.04.02}})과 구입일({{date:2025.04.15}})은 기준에 맞으나, 검수확인서가 누락되어 지급이 보류되었습니다. 검수확인서를 보내 주시면 2주 안에 지급됩니다.

영통구청 사회복지과 장애인복지팀
주무관 [[PERSON:설지호]]
T. [[PHONE_NUMBER:031-228-8274]] (직통) | 대표 {{public_number:031-228-8114}}
E. [[EMAIL_ADDRESS:seoljh@suwon.go.kr]]"""},
]
